using System.CommandLine;
using InnoGraph.Cli.Commands;
using InnoGraph.Cli.Infrastructure;

namespace InnoGraph.Cli;

/// <summary>The <c>innograph</c> command line: its commands, help without arguments, and wrong usage answered with exit code 2.</summary>
public static class CliApplication
{
    public static RootCommand Create()
    {
        var seeds = new Option<string?>("--seeds") { Description = "The seed folder (default: ./seeds, or INNOGRAPH_SEEDS).", Recursive = true };
        return new RootCommand($"""
            InnoGraph: a knowledge graph of a region's innovation system in Neo4j, and a GraphQL API over it.

            Start here: 'innograph serve' starts a local Neo4j, loads the seeds and serves the API on http://127.0.0.1:5000.
            Neo4j: set NEO4J_URI (http://host:7474), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE to use your own;
            otherwise commands use the local one ('innograph neo4j start').

            {ExitCodes.Help}
            """)
        {
            seeds,
            ServeCommand.Create(seeds),
            Neo4jCommand.Create(),
            ValidateCommand.Create(seeds),
            LoadCommand.Create(seeds),
            StatsCommand.Create(),
            CypherCommand.Create(),
            ExportCommand.Create(),
            IngestCommand.Create(seeds),
            IngestEvalCommand.Create(seeds),
            GenerateCommand.Create(seeds),
        };
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Create().Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'innograph --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync();
    }
}
