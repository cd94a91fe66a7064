using InnoGraph.Graph.Cypher;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Schema;

/// <summary>
/// Applies the schema (constraints and indexes) in the dialect the server speaks and records the
/// applied version in the graph, after migrating what the new version needs of the data (version 2:
/// the name keys, <see cref="NameKeyBackfill"/>). Every step is idempotent, so applying twice is harmless.
/// </summary>
public sealed class GraphSchema(ICypherClient client)
{
    /// <summary>Raise when a schema file changes.</summary>
    public const int Version = 2;

    public async Task<SchemaStatus> ApplyAsync(CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken);
        foreach (var statement in CypherFiles.Statements($"schema/{server.SchemaDialect}.cypher"))
        {
            // Schema changes may not share a transaction with anything else, so each goes alone.
            await client.RunAsync(new CypherStatement(statement), WorkKind.RetrySafe, cancellationToken);
        }

        await new NameKeyBackfill(client).RunAsync(cancellationToken);
        await client.RunAsync(
            CypherStatement.Of(CypherFiles.Get("schema/record-version.cypher"), ("version", Version), ("dialect", server.SchemaDialect)),
            WorkKind.RetrySafe,
            cancellationToken);
        return new SchemaStatus(Version, server.SchemaDialect);
    }

    public async Task<SchemaStatus?> ReadAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new CypherStatement(CypherFiles.Get("schema/read-version.cypher")), WorkKind.RetrySafe, cancellationToken);
        var row = result.As<SchemaStatusRow>().Single();
        return row.Version is { } version ? new SchemaStatus(version, row.Dialect ?? "") : null;
    }

    private sealed record SchemaStatusRow(int? Version, string? Dialect);
}
