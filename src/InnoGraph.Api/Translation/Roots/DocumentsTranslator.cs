using System.Text.Json.Nodes;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>documents</c>: the source documents and reference sources, by id.</summary>
internal sealed class DocumentsTranslator : IRootTranslator
{
    public string FieldName => "documents";

    public RootPlan Translate(SelectionNode field)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        query.Return(Documents.Variable);
        return new RootPlan(query.Build(), SortById);
    }

    private static JsonNode? SortById(JsonNode? data) =>
        data is JsonArray items
            ? new JsonArray([.. items.OrderBy(i => i?["id"]?.GetValue<string>(), StringComparer.Ordinal).Select(i => i?.DeepClone())])
            : data;
}
