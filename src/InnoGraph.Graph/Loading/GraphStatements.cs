using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// Batched write statements. Labels and relationship types are filled in from the allowlists
/// (<see cref="EntityKinds"/>, <see cref="RelationTypes"/>); values always travel as parameters.
/// </summary>
public static class GraphStatements
{
    private static readonly string AllKindLabels = string.Concat(EntityKinds.All.Select(k => ":" + k.Label));

    public static CypherStatement UpsertEntities(EntityKind kind, IReadOnlyList<Dictionary<string, object?>> rows) =>
        CypherStatement.Of(
            CypherFiles.Get("load/upsert-entities.cypher")
                .Replace("{{KindLabels}}", AllKindLabels, StringComparison.Ordinal)
                .Replace("{{Label}}", EntityKinds.Of(kind).Label, StringComparison.Ordinal),
            ("rows", rows));

    public static CypherStatement UpsertRelations(RelationType type, IReadOnlyList<Dictionary<string, object?>> rows) =>
        CypherStatement.Of(
            CypherFiles.Get("load/upsert-relations.cypher").Replace("{{Type}}", RelationTypes.Of(type).Name, StringComparison.Ordinal),
            ("rows", rows));
}
