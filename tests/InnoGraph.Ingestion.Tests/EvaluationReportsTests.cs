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
    private static readonly string HeldOut = HeldOutSet.Folder;

    private static readonly SeedDataset Curated = HeldOutSet.Curated;

    [Fact]
    public void the_held_out_labels_validate_with_the_curated_seeds()
    {
        var compiled = HeldOutEvaluation.Compile(RepositoryPaths.Seeds, HeldOut);

        compiled.Problems.Should().BeEmpty();
    }

    [Fact]
    public void only_the_held_out_documents_are_scored_and_what_only_the_labels_name_leaves_every_gazetteer()
    {
        var withLabels = HeldOutSet.WithLabels();
        var heldOut = HeldOutEvaluation.Sources(Curated, withLabels);

        var scores = HeldOutEvaluation.Run(Curated, withLabels, HeldOut);

        scores.Select(s => s.Source).Should().Equal("d901", "d902", "d903", "d904", "d905", "d906", "d907", "d908", "d909", "d910", "d911", "d912", "d913", "d914", "d915", "d916", "d917", "d918", "d919", "d920", "d921", "d922", "d923", "d924", "d925", "d926", "d927", "d928", "d929", "d930", "d931", "d932", "d933", "d934", "d935", "d936", "d937", "d938", "d939", "d940", "d941", "d942", "d943", "d944", "d945", "d946", "d947", "d948", "d949");
        var labelsOnly = withLabels.Entities.Count(e => e.Sources.Count > 0 && e.Sources.All(s => heldOut.Contains(s.Split(':')[0])));
        var ownOnly = scores.Select(d => withLabels.Entities.Count(e => e.Sources.Count > 0 && e.Sources.All(s => s.StartsWith(d.Source + ":", StringComparison.Ordinal))));
        labelsOnly.Should().BeGreaterThan(ownOnly.Max(), "some names are shared by held-out labels only");
        scores.Should().OnlyContain(d => d.GazetteerRemoved == labelsOnly);
    }

    [Fact]
    public void a_label_folder_that_declares_no_source_of_its_own_is_refused_by_name()
    {
        var act = () => HeldOutEvaluation.Run(Curated, Curated, "labels");

        act.Should().Throw<InvalidDataException>().WithMessage("labels declares no source of its own*");
    }

    [Fact]
    public void the_held_out_report_gives_the_figures_the_rules_reach_now()
    {
        var withLabels = HeldOutSet.WithLabels();

        var totals = EvaluationReport.Totals(HeldOutEvaluation.Run(Curated, withLabels, HeldOut));

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "ingestion-held-out.md")).Should().Contain(totals,
            "the report is regenerated with `innograph ingest-eval --held-out eval/held-out --out docs/ingestion-held-out.md` whenever a rule changes");
    }

    [Fact]
    public void the_leave_one_out_report_gives_the_figures_the_rules_reach_now()
    {
        var totals = EvaluationReport.Totals(LeaveOneOut.Run(Curated, RepositoryPaths.SourceDocuments));

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "ingestion.md")).Should().Contain(totals,
            "the report is regenerated with `innograph ingest-eval --out docs/ingestion.md` whenever a rule changes");
    }
}
