using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Storage;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Schema;

/// <summary>
/// Gives the entities of a graph written before name and search keys existed their keys and <c>:NameKey</c> / <c>:SearchKey</c> links,
/// a batch per request, so that no transaction grows with the graph. A graph that has them all costs one read.
/// </summary>
public sealed class NameKeyBackfill(ICypherClient client)
{
    public const int BatchSize = 2000;

    /// <summary>The batch statement that stores the rows' keys (<c>$rows</c>: id, nameKeys, searchKeys) and links them.</summary>
    public static readonly string SetKeys = CypherFiles.Fill(
        "names/set-keys.cypher",
        ("EntityFound", CypherGuard.OnlyWhen("e.loadMissing IS NULL")),
        ("RefreshNameKeys", NameKeyLinks.Refresh("e")));

    /// <returns>How many entities were given keys.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var read = CypherStatement.Of(CypherFiles.Get("names/entities-without-keys.cypher"), ("batch", BatchSize));
        var done = 0;
        while (true)
        {
            var batch = (await client.RunAsync(read, WorkKind.RetrySafe, cancellationToken)).As<Unkeyed>();
            if (batch.Count == 0)
            {
                return done;
            }

            var rows = batch.Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = e.Id,
                ["nameKeys"] = NameKeys.Of(e.Names).ToArray(),
                ["searchKeys"] = SearchKeys.Of(e.Names).ToArray(),
            }).ToList();
            await client.RunAsync(CypherStatement.Of(SetKeys, ("rows", rows)), WorkKind.RetrySafe, cancellationToken);
            done += batch.Count;
        }
    }

    private sealed record Unkeyed(string Id, string? Name, string? NameEn, string[]? Aliases)
    {
        public IReadOnlyList<string?> Names => [Name, NameEn, .. Aliases ?? []];
    }
}
