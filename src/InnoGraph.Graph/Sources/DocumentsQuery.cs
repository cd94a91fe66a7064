using System.Text.Json.Nodes;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Sources;

/// <summary>The source documents and reference sources, by id.</summary>
public static class DocumentsQuery
{
    public static ReadPlan Plan()
    {
        var query = new CypherQuery();
        query.Line($"OPTIONAL MATCH (d:{CypherNames.DocumentLabel})");
        query.Return($"collect(CASE WHEN d IS NULL THEN null ELSE {Provenance.Document("d")} END)");
        return new ReadPlan(query.Build(), SortById);
    }

    private static JsonNode? SortById(JsonNode? data) =>
        data is JsonArray items
            ? new JsonArray([.. items.OrderBy(i => i?["id"]?.GetValue<string>(), StringComparer.Ordinal).Select(i => i?.DeepClone())])
            : data;
}
