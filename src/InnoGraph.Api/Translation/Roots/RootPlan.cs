using System.Text.Json.Nodes;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// A translated root field: the statement (columns <c>data</c> and <c>__refs</c>) and an optional
/// step that reshapes <c>data</c> once it is back (flattening and de-duplicating graph parts).
/// </summary>
internal sealed record RootPlan(CypherStatement Statement, Func<JsonNode?, JsonNode?>? Reshape = null);
