using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph load</c>: validates the seeds, then writes them (<see cref="SeedLoader"/>) — or nothing, when the
/// graph already holds this version of the seeds and nothing has written to it since (<c>--force</c> writes anyway).
/// </summary>
public static class LoadCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var force = new Option<bool>("--force") { Description = "Write the seeds even when the graph already holds this version of them and nothing has written to it since." };
        var command = new Command("load", $"Validate the seeds, then write them to Neo4j: seeds of up to {SeedLoader.RowsPerTransaction} rows in one transaction, all or nothing; larger ones in transactions of {SeedLoader.RowsPerTransaction} rows, recorded as loaded only when the last commits, so an interrupted load is completed by running it again. Loading again changes nothing. Seed data no longer in the files is removed; data added through the API stays. When the graph holds this version of the seeds and nothing has written to it since, nothing is written.") { force };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var dataset = Check(folder);
            var options = await Neo4jConnection.ResolveAsync(token);
            using var client = Neo4jConnection.CreateClient(options);
            var report = await LoadAsync(client, dataset, skipWhenUnchanged: !parse.GetValue(force), token);
            StatsCommand.Print(report.Stats);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Checks the folder; the rows are read from its files again as they are written, never held all at once.</summary>
    public static ISeedRows Check(string folder)
    {
        var result = SeedCompiler.CheckDirectory(folder);
        return result.IsValid ? result.Rows! : throw Refused(folder, result.Problems);
    }

    /// <summary>Checks the folder and holds its rows in memory.</summary>
    public static SeedDataset Compile(string folder)
    {
        var result = SeedCompiler.CompileDirectory(folder);
        return result.IsValid ? result.Dataset! : throw Refused(folder, result.Problems);
    }

    private static CliException Refused(string folder, IReadOnlyList<SeedProblem> problems)
    {
        ProblemReport.Write(folder, problems);
        return new CliException(ExitCodes.InvalidSeeds, "Fix the problems above, then run the command again (innograph validate checks without loading).");
    }

    public static async Task<LoadReport> LoadAsync(ICypherClient client, ISeedRows dataset, bool skipWhenUnchanged, CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken);
        Console.Error.WriteLine($"Neo4j {server.Version} ({server.Endpoint} endpoint, schema dialect {server.SchemaDialect}).");
        Console.Error.WriteLine($"Loading {dataset.EntityCount} entities and {dataset.RelationCount} relations (version {dataset.Version}) ...");
        var progress = new SynchronousProgress<LoadProgress>(p => Console.Error.WriteLine($"  [{p.Done}/{p.Total}] {p.Step}"));
        var report = await new SeedLoader(client).LoadAsync(dataset, progress, skipWhenUnchanged, cancellationToken);
        if (report.Skipped)
        {
            Console.Error.WriteLine($"Unchanged since the last load, nothing written: the graph holds version {report.Version} and nothing has written to it since; --force reloads.");
            return report;
        }

        Console.Error.WriteLine($"Loaded: {report.Stats.EntityTotal} entities, {report.Stats.RelationTotal} relations; removed as no longer seeded: {report.RemovedEntities} entities, {report.RemovedRelations} relations.");
        return report;
    }
}
