using System.CommandLine;
using InnoGraph.Cli.Generation;
using InnoGraph.Cli.Infrastructure;

namespace InnoGraph.Cli.Commands;

/// <summary><c>innograph generate</c>: a seed folder of the seeds plus N synthetic entities in their proportions, for benchmarks.</summary>
public static class GenerateCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var entities = new Option<int>("--entities") { Description = "Synthetic entities to add to the seeds (0: the seeds alone).", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write (new, empty, or written by an earlier generate).", Required = true };
        var randomSeed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var relations = new Option<double?>("--relations-per-entity") { Description = "Synthetic relations per synthetic entity (default: as many as the seeds have, about 1.6)." };
        var command = new Command("generate", "Write a seed folder for benchmarks: a copy of the seeds and N synthetic entities with aliases and relations in the seeds' proportions. Deterministic; 'innograph validate --seeds DIR' accepts it. Never commit it.")
        {
            entities, output, randomSeed, relations,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var count = parse.GetValue(entities);
            if (count < 0)
            {
                throw new CliException(ExitCodes.Usage, "--entities must be 0 or more.");
            }

            var dataset = LoadCommand.Compile(folder);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            var summary = SyntheticSeeds.Generate(new SyntheticSeedOptions(folder, target, count, parse.GetValue(randomSeed)) { RelationsPerEntity = parse.GetValue(relations) }, dataset);
            Console.WriteLine($"{target}: the seeds ({dataset.Entities.Count} entities, {dataset.Relations.Count} relations) and {summary.Entities} synthetic entities, {summary.Relations} synthetic relations in {summary.Files} files.");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }
}
