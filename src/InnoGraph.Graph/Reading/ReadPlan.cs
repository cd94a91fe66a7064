using System.Text.Json.Nodes;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Reading;

/// <summary>
/// A translated root field: the statement (columns <c>data</c> and <c>__refs</c>) and an optional
/// step that reshapes <c>data</c> once it is back (flattening and de-duplicating graph parts).
/// </summary>
public sealed record ReadPlan(CypherStatement Statement, Func<JsonNode?, JsonNode?>? Reshape = null);
