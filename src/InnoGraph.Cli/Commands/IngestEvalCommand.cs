using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Evaluation;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph ingest-eval</c>: the leave-one-out benchmark of <c>ingest</c> on the curated documents,
/// printed as a table and, with <c>--out</c>, written as a report with every miss and false proposal.
/// </summary>
public static class IngestEvalCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var documents = new Option<string?>("--documents") { Description = "The folder of the source documents (default: ../shared/seeds beside the repository)." };
        var output = new Option<string?>("--out") { Description = "Write the full report (Markdown) here, e.g. docs/ingestion.md." };
        var command = new Command("ingest-eval", "Leave-one-out evaluation of ingest on the curated documents: precision, recall and F1 per measure; needs no database.")
        {
            documents, output,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var compiled = SeedCompiler.CompileDirectory(folder);
            if (!compiled.IsValid)
            {
                ProblemReport.Write(folder, compiled.Problems);
                return ExitCodes.InvalidSeeds;
            }

            var documentFolder = parse.GetValue(documents) ?? Path.GetFullPath(Path.Combine(folder, "..", "..", "shared", "seeds"));
            if (!Directory.Exists(documentFolder))
            {
                throw new CliException(ExitCodes.Usage, $"no source documents at {documentFolder}: pass --documents DIR.");
            }

            var scores = LeaveOneOut.Run(compiled.Dataset!, documentFolder);
            Console.Write(EvaluationReport.Totals(scores));
            if (parse.GetValue(output) is { } path)
            {
                var header = File.Exists(path) ? Header(await File.ReadAllTextAsync(path, token)) : "# Ingestion: leave-one-out evaluation\n\n";
                await File.WriteAllTextAsync(path + ".tmp", EvaluationReport.Write(scores, header), token);
                File.Move(path + ".tmp", path, overwrite: true);
                Console.Error.WriteLine($"Wrote {path}.");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>The hand-written part of an existing report, above its first generated section, is kept.</summary>
    private static string Header(string report)
    {
        var at = report.IndexOf("\n## Totals", StringComparison.Ordinal);
        return at < 0 ? report.TrimEnd() + "\n\n" : report[..(at + 1)];
    }
}
