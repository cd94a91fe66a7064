using InnoGraph.Api.Execution;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// A validated mutation field: its statement, whether sending it again after an unknown outcome
/// would answer the same, and how to read its answer (or its refusal) from the statement's result.
/// </summary>
internal sealed record MutationPlan(CypherStatement Statement, bool RetrySafe, Func<CypherResult, RootOutcome> Read);
