using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph cypher</c>: runs one query. Read-only unless <c>--write</c>: the query runs in a
/// transaction that is rolled back, with exit code 6, when Neo4j reports that it changed anything.
/// </summary>
public static class CypherCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The Cypher query. Pass values with --param instead of writing them into the text." };
        var parameters = new Option<string[]>("--param", "-p") { Description = "A parameter as name=value; the value is read as JSON when it parses (42, true, [1,2], \"x\"), else as text. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print the rows as a JSON array of objects." };
        var write = new Option<bool>("--write") { Description = "Allow the query to change the graph (it is committed)." };
        var command = new Command("cypher", "Run a Cypher query against the graph. Read-only unless --write.") { query, parameters, json, write };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var statement = new CypherStatement(parse.GetValue(query)!, ParseParameters(parse.GetValue(parameters) ?? []), IncludeStats: true);
            var options = await Neo4jConnection.ResolveAsync(token);
            using var client = Neo4jConnection.CreateClient(options);
            var result = await RunAsync(client, statement, parse.GetValue(write), token);
            Print(result, parse.GetValue(json));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    public static async Task<CypherResult> RunAsync(ICypherClient client, CypherStatement statement, bool allowWrites, CancellationToken cancellationToken)
    {
        await using var transaction = await client.BeginTransactionAsync(cancellationToken);
        var result = (await transaction.RunAsync([statement], cancellationToken))[0];
        if (result.ContainsUpdates && !allowWrites)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new CliException(ExitCodes.WriteRefused, "The query changes the graph, so it was rolled back. Run it again with --write if that is what you want.");
        }

        if (result.ContainsUpdates)
        {
            // The next load must not skip: the query may have changed seed data.
            await transaction.RunAsync([DatasetRecord.MarkWritten], cancellationToken);
        }

        await transaction.CommitAsync(null, cancellationToken);
        return result;
    }

    public static Dictionary<string, object?> ParseParameters(IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException(ExitCodes.Usage, $"--param '{pair}' is not name=value.");
            }

            var value = pair[(equals + 1)..];
            parameters[pair[..equals]] = TryJson(value) ?? (object)value;
        }

        return parameters;
    }

    private static JsonElement? TryJson(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Print(CypherResult result, bool json)
    {
        if (json)
        {
            var rows = result.Rows.Select(row => result.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2));
            Console.WriteLine(JsonSerializer.Serialize(rows, Indented));
            return;
        }

        Console.WriteLine(string.Join('\t', result.Columns));
        foreach (var row in result.Rows)
        {
            Console.WriteLine(string.Join('\t', row.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())));
        }

        Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "({0} row(s))", result.Rows.Count));
    }
}
