using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Cli.Commands;

/// <summary><c>innograph validate</c>: checks the seeds, lists every problem and the location coverage; touches no database.</summary>
public static class ValidateCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var command = new Command("validate", "Check the seed files and list every problem (file:line:column, field, what to do). Needs no database.");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(_ =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var result = SeedCompiler.CheckDirectory(folder);
            if (!result.IsValid)
            {
                if (result.Coverage.Count > 0)
                {
                    LocationCoverageReport.Write(Console.Out, result.Coverage);
                }

                ProblemReport.Write(folder, result.Problems);
                return Task.FromResult(ExitCodes.InvalidSeeds);
            }

            var dataset = result.Rows!;
            Console.WriteLine($"{folder}: {dataset.FileCount} files, {dataset.EntityCount} entities, {dataset.RelationCount} relations, no problems (version {dataset.Version}).");
            LocationCoverageReport.Write(Console.Out, result.Coverage);
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }
}
