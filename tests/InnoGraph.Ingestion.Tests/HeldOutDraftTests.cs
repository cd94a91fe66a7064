using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Draft;
using InnoGraph.Ingestion.Evaluation;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Testing;

namespace InnoGraph.Ingestion.Tests;

/// <summary>
/// Each held-out document ingested as a user ingests it, with the whole curated graph as the gazetteer:
/// its draft validates with the seeds once reviewed, no new entity repeats a known name, and every proposal
/// points at the words of its paragraph.
/// </summary>
public sealed class HeldOutDraftTests
{
    private static readonly Lazy<IReadOnlyList<(string File, string Text, IngestResult Result)>> Drafts = new(IngestAll);

    [Fact]
    public void every_held_out_draft_validates_with_the_seeds_once_reviewed()
    {
        foreach (var (file, _, result) in Drafts.Value)
        {
            var reviewed = Directory.CreateTempSubdirectory("innograph-draft-");
            try
            {
                File.WriteAllText(Path.Combine(reviewed.FullName, $"{result.Source.Id}.yaml"), DraftWriter.AcceptAll(DraftWriter.Write(result)));

                var compiled = SeedCompiler.CompileDirectories([RepositoryPaths.Seeds, reviewed.FullName]);

                compiled.Problems.Should().BeEmpty(file);
                compiled.Dataset!.Entities.Should().Contain(e => e.Id == result.Source.Id, file);
            }
            finally
            {
                reviewed.Delete(recursive: true);
            }
        }
    }

    [Fact]
    public void no_new_entity_of_a_held_out_draft_repeats_a_name_the_graph_knows()
    {
        // A task or action is its plan's own: two plans may set tasks of one name.
        var known = HeldOutSet.Curated.Entities.Where(e => e.Kind is not (EntityKind.Task or EntityKind.Action)).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, _, result) in Drafts.Value)
        {
            result.Entities.Where(e => e.IsNew && e.Kind is not (EntityKind.Task or EntityKind.Action)).Select(e => e.Name).Where(known.Contains).Should().BeEmpty(file);
        }
    }

    [Fact]
    public void every_held_out_proposal_points_at_its_words_in_its_paragraph()
    {
        foreach (var (file, text, result) in Drafts.Value)
        {
            var paragraphs = text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            var evidence = result.Entities.SelectMany(e => e.Evidence).Concat(result.Relations.Select(r => r.Evidence)).Concat(result.Observations.Select(o => o.Evidence)).ToList();
            evidence.Should().NotBeEmpty(file);
            foreach (var e in evidence)
            {
                e.Locator.Should().Be($"{result.Source.Id}:p{e.Paragraph}", file);
                paragraphs[e.Paragraph - 1][e.Start..e.End].Should().Be(e.Text, $"{file}: the span of {e.Method} at {e.Locator} [{e.Start},{e.End})");
            }
        }
    }

    private static List<(string File, string Text, IngestResult Result)> IngestAll()
    {
        var withLabels = HeldOutSet.WithLabels();
        var sources = HeldOutEvaluation.Sources(HeldOutSet.Curated, withLabels);
        var gazetteer = GazetteerIndex.Of(HeldOutSet.Curated);
        var drafts = new List<(string, string, IngestResult)>();
        foreach (var source in withLabels.Entities.Where(e => sources.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var options = IngestOptions.Of(source);
            var text = File.ReadAllText(Path.Combine(HeldOutSet.Folder, options.File));
            drafts.Add((options.File, text, new DocumentIngester(gazetteer).Ingest(text, options)));
        }

        drafts.Should().HaveCountGreaterThanOrEqualTo(2);
        return drafts;
    }
}
