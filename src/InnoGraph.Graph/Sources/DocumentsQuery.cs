using System.Text.Json.Nodes;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Sources;

/// <summary>The source documents and reference sources, by id.</summary>
public static class DocumentsQuery
{
    public static ReadPlan Plan()
    {
        var query = ReadStatement.Begin();
        query.Return(Provenance.All(query));
        return new ReadPlan(query.Build(), SortById);
    }

    private static JsonNode? SortById(JsonNode? data) =>
        data is JsonArray items
            ? new JsonArray([.. items.OrderBy(i => i?["id"]?.GetValue<string>(), StringComparer.Ordinal).Select(i => i?.DeepClone())])
            : data;
}
