using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Evaluation;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph ingest-eval</c>: the leave-one-out benchmark of <c>ingest</c> on the curated documents,
/// printed as a table and, with <c>--out</c>, written as a report with every miss and false proposal.
/// With <c>--held-out DIR</c>, the documents of DIR instead: documents no rule was written from, with hand-made labels in
/// the seed format beside them, evaluated the same way against the curated graph plus those labels.
/// </summary>
public static class IngestEvalCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var documents = new Option<string?>("--documents") { Description = "The folder of the source documents (default: ../shared/seeds beside the repository)." };
        var output = new Option<string?>("--out") { Description = "Write the full report (Markdown) here, e.g. docs/ingestion.md." };
        var heldOut = new Option<string?>("--held-out") { Description = "Evaluate the documents of this folder instead (e.g. eval/held-out): label files in the seed format that declare each document as a source and state what it says, and the documents they name." };
        var command = new Command("ingest-eval", "Leave-one-out evaluation of ingest on the curated documents (or, with --held-out, on labelled documents no rule was written from): precision, recall and F1 per measure; needs no database.")
        {
            documents, output, heldOut,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var labels = parse.GetValue(heldOut);
            var compiled = labels is null ? SeedCompiler.CompileDirectory(folder) : HeldOutEvaluation.Compile(folder, labels);
            if (!compiled.IsValid)
            {
                ProblemReport.Write(folder, compiled.Problems);
                return ExitCodes.InvalidSeeds;
            }

            var documentFolder = labels ?? parse.GetValue(documents) ?? Path.GetFullPath(Path.Combine(folder, "..", "..", "shared", "seeds"));
            if (!Directory.Exists(documentFolder))
            {
                throw new CliException(ExitCodes.Usage, $"no source documents at {documentFolder}: pass --documents DIR.");
            }

            var scores = Evaluate(() => labels is null
                ? LeaveOneOut.Run(compiled.Dataset!, documentFolder)
                : HeldOutEvaluation.Run(SeedCompiler.CompileDirectory(folder).Dataset!, compiled.Dataset!, labels));
            Console.Write(EvaluationReport.Totals(scores));
            if (parse.GetValue(output) is { } path)
            {
                var header = File.Exists(path) ? Header(await File.ReadAllTextAsync(path, token)) : labels is null ? "# Ingestion: leave-one-out evaluation\n\n" : "# Ingestion: held-out evaluation\n\n";
                await File.WriteAllTextAsync(path + ".tmp", EvaluationReport.Write(scores, header), token);
                File.Move(path + ".tmp", path, overwrite: true);
                Console.Error.WriteLine($"Wrote {path}.");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>A label file or a document that cannot be read is a usage error that names it.</summary>
    private static IReadOnlyList<DocumentScores> Evaluate(Func<IReadOnlyList<DocumentScores>> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFileException)
        {
            throw new CliException(ExitCodes.Usage, e.Message);
        }
    }

    /// <summary>The hand-written part of an existing report, above its first generated section, is kept.</summary>
    private static string Header(string report)
    {
        var at = report.IndexOf("\n## Totals", StringComparison.Ordinal);
        return at < 0 ? report.TrimEnd() + "\n\n" : report[..(at + 1)];
    }
}
