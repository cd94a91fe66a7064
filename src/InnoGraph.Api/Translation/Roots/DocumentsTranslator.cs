using System.Text.Json.Nodes;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>documents</c>: the source documents and reference sources, by id.</summary>
internal sealed class DocumentsTranslator : IRootTranslator
{
    public string FieldName => "documents";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        query.Return(Provenance.DocumentsVariable);
        return new ReadPlan(query.Build(), SortById);
    }

    private static JsonNode? SortById(JsonNode? data) =>
        data is JsonArray items
            ? new JsonArray([.. items.OrderBy(i => i?["id"]?.GetValue<string>(), StringComparer.Ordinal).Select(i => i?.DeepClone())])
            : data;
}
