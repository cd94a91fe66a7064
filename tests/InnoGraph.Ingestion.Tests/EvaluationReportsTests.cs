using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Evaluation;
using InnoGraph.Testing;

namespace InnoGraph.Ingestion.Tests;

/// <summary>
/// The two evaluations of ingest: leave-one-out on the curated documents, and the held-out documents of
/// <c>eval/held-out</c> with their hand-made labels. Their committed reports give the figures the rules reach now.
/// </summary>
public sealed class EvaluationReportsTests
{
    private static readonly string HeldOut = Path.Combine(RepositoryPaths.Root, "eval", "held-out");

    [Fact]
    public void the_held_out_labels_validate_with_the_curated_seeds()
    {
        var compiled = SeedCompiler.CompileDirectories([RepositoryPaths.Seeds, HeldOut]);

        compiled.Problems.Should().BeEmpty();
    }

    [Fact]
    public void only_the_held_out_documents_are_scored_and_the_names_only_their_labels_hold_leave_the_gazetteer()
    {
        var dataset = SeedCompiler.CompileDirectories([RepositoryPaths.Seeds, HeldOut]).Dataset!;

        var scores = LeaveOneOut.Run(dataset, HeldOut, new HashSet<string>(["d901"]));

        scores.Should().ContainSingle().Which.Source.Should().Be("d901");
        scores[0].GazetteerRemoved.Should().Be(dataset.Entities.Count(e => e.Sources.Count > 0 && e.Sources.All(s => s.StartsWith("d901:", StringComparison.Ordinal))));
    }

    [Fact]
    public void the_held_out_report_gives_the_figures_the_rules_reach_now()
    {
        var dataset = SeedCompiler.CompileDirectories([RepositoryPaths.Seeds, HeldOut]).Dataset!;

        var totals = EvaluationReport.Totals(LeaveOneOut.Run(dataset, HeldOut, new HashSet<string>(["d901"])));

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "ingestion-held-out.md")).Should().Contain(totals,
            "the report is regenerated with `innograph ingest-eval --held-out eval/held-out --out docs/ingestion-held-out.md` whenever a rule changes");
    }

    [Fact]
    public void the_leave_one_out_report_gives_the_figures_the_rules_reach_now()
    {
        var dataset = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

        var totals = EvaluationReport.Totals(LeaveOneOut.Run(dataset, RepositoryPaths.SourceDocuments));

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "ingestion.md")).Should().Contain(totals,
            "the report is regenerated with `innograph ingest-eval --out docs/ingestion.md` whenever a rule changes");
    }
}
