using System.Text.Json;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Http;

/// <summary>Builds request bodies for the transactional endpoint and the Query API.</summary>
internal static class RequestBodies
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static HttpContent Transactional(IReadOnlyList<CypherStatement> statements) =>
        Json(new
        {
            statements = statements.Select(s => new
            {
                statement = s.Text,
                parameters = s.Parameters ?? new Dictionary<string, object?>(),
                resultDataContents = new[] { "row" },
                includeStats = s.IncludeStats,
            }),
        });

    public static HttpContent QueryApi(CypherStatement statement, bool read) =>
        read
            ? Json(new { statement = statement.Text, parameters = statement.Parameters ?? new Dictionary<string, object?>(), accessMode = "Read" })
            : Json(new { statement = statement.Text, parameters = statement.Parameters ?? new Dictionary<string, object?>() });

    private static ByteArrayContent Json(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Options));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return content;
    }
}
