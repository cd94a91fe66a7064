using GraphQL;
using InnoGraph.Api.Execution;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// A validated mutation field: the read-only statement that checks what the graph refuses (none for a removal),
/// the write, whether sending them again after an unknown outcome would answer the same, how to read the field's
/// refusal from the check's result (null when it passes), and how to read its answer from the write's result.
/// </summary>
internal sealed record MutationPlan(
    CypherStatement? Check,
    CypherStatement Write,
    bool RetrySafe,
    Func<CypherResult, ExecutionError?> Refusal,
    Func<CypherResult, RootOutcome> Read)
{
    /// <summary>The statements of this field, in the order they are sent.</summary>
    public IEnumerable<CypherStatement> Statements => Check is null ? [Write] : [Check, Write];
}
