using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Schema;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// What the last load wrote (its dataset version and schema version) and whether anything else has
/// written to the graph since. A load of the same version onto a graph nobody wrote to since has
/// nothing to do; any other write (API mutations, <c>innograph cypher --write</c>) sends
/// <see cref="MarkWritten"/> in its own transaction, so a later load restores edited seed data.
/// </summary>
public sealed record DatasetRecord(string? Version, int? SchemaVersion, bool WrittenSinceLoad)
{
    /// <summary>The statement every write outside a load sends in its transaction.</summary>
    public static CypherStatement MarkWritten { get; } = new(CypherFiles.Get("load/mark-written.cypher"));

    public static CypherStatement Record(string version) =>
        CypherStatement.Of(CypherFiles.Get("load/record-dataset.cypher"), ("version", version), ("schemaVersion", GraphSchema.Version));

    public static async Task<DatasetRecord> ReadAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new CypherStatement(CypherFiles.Get("load/read-dataset.cypher")), WorkKind.RetrySafe, cancellationToken);
        return result.As<DatasetRecord>().Single();
    }

    /// <summary>True when the graph holds exactly what a load of <paramref name="version"/> would write.</summary>
    public bool Holds(string version) =>
        !WrittenSinceLoad && Version == version && SchemaVersion == GraphSchema.Version;
}
