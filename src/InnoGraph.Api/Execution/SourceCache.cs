using System.Text.Json;
using InnoGraph.Graph.Reading.Projection;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Execution;

/// <summary>
/// The sources of the dataset version the graph last answered with, shared by all requests. A statement that cites
/// sources is sent with the version held here (<see cref="Provenance.HeldVersionParameter"/>) and reads the Document
/// nodes only when the graph's version differs (after a load); its answer then replaces the table. A graph no load has
/// recorded (version empty) is never held, so its statements always read the sources.
/// </summary>
internal sealed class SourceCache
{
    private volatile SourceTable? _current;

    /// <summary>The table statements are sent against, taken once per request so that all its statements agree.</summary>
    public SourceTable? Held => _current;

    /// <summary><paramref name="statement"/> with the held version, if it cites sources.</summary>
    public static CypherStatement Stamp(CypherStatement statement, SourceTable? held)
    {
        if (statement.Parameters is not { } parameters || !parameters.ContainsKey(Provenance.HeldVersionParameter))
        {
            return statement;
        }

        var stamped = new Dictionary<string, object?>(parameters) { [Provenance.HeldVersionParameter] = held is { Version.Length: > 0 } ? held.Version : null };
        return statement with { Parameters = stamped };
    }

    /// <summary>
    /// The sources <paramref name="result"/> was answered with: the held table when the statement found it current, else
    /// the sources it read (then held for later requests); null when the statement cites none.
    /// </summary>
    public SourceTable? Read(CypherResult result, SourceTable? held)
    {
        if (result.Rows.Count == 0 || !result.Columns.Contains(Provenance.SourcesColumn))
        {
            return null;
        }

        var sources = result.Value(0, Provenance.SourcesColumn);
        if (!sources.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
        {
            return held;
        }

        var table = new SourceTable(version.GetString()!, sources.GetProperty("documents"));
        _current = table;
        return table;
    }
}
