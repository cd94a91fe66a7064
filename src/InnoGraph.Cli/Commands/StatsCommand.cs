using System.CommandLine;
using System.Text.Json;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Graph.Stats;

namespace InnoGraph.Cli.Commands;

/// <summary><c>innograph stats</c>: counts of entities by kind and relations by type, and how many bodies say where they are.</summary>
public static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (stable key order) instead of a table." };
        var command = new Command("stats", "Count the graph's entities by kind and relations by type, and the bodies of each kind that are located, that give the reason they cannot be, and in all.") { json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var options = await Neo4jConnection.ResolveAsync(token);
            using var client = Neo4jConnection.CreateClient(options);
            var stats = await new GraphStatsReader(client).ReadAsync(token);
            var coverage = await new LocationCoverageReader(client).ReadAsync(token);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { entities = stats.Entities, relations = stats.Relations, locationCoverage = LocationCoverageReport.Json(coverage) }, Json));
            }
            else
            {
                Print(stats);
                LocationCoverageReport.Write(Console.Out, coverage);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    public static void Print(GraphStats stats)
    {
        Console.WriteLine($"Entities ({stats.EntityTotal})");
        foreach (var (kind, count) in stats.Entities)
        {
            Console.WriteLine($"  {kind,-20} {count,8}");
        }

        Console.WriteLine($"Relations ({stats.RelationTotal})");
        foreach (var (type, count) in stats.Relations)
        {
            Console.WriteLine($"  {type,-20} {count,8}");
        }
    }
}
