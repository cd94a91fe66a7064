using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Ingestion.Evaluation;

/// <summary>
/// The evaluation on held-out documents: a folder of documents no rule was written from, each with a label file in
/// the seed format that declares it as a source and states what a curator records from it. The labels are compiled
/// with the curated seeds and each held-out document is scored as in <see cref="LeaveOneOut"/>, its gazetteer holding
/// nothing that only the labels name, its own or another held-out document's.
/// </summary>
public static class HeldOutEvaluation
{
    /// <summary>The seeds and the labels as one dataset, or their problems.</summary>
    public static SeedLoadResult Compile(string seedsFolder, string labelsFolder) => SeedCompiler.CompileDirectories([seedsFolder, labelsFolder]);

    /// <param name="curated">The seeds alone.</param>
    /// <param name="withLabels">The seeds and the labels (<see cref="Compile"/>).</param>
    /// <param name="labelsFolder">The folder of the labels and the held-out documents they name.</param>
    public static IReadOnlyList<DocumentScores> Run(SeedDataset curated, SeedDataset withLabels, string labelsFolder)
    {
        var sources = Sources(curated, withLabels);
        if (sources.Count == 0)
        {
            throw new InvalidDataException($"{labelsFolder} declares no source of its own: each label file declares its document under sources (id, kind: document, file, paragraphs).");
        }

        return LeaveOneOut.Run(withLabels, labelsFolder, sources, unseen: sources);
    }

    /// <summary>The sources the labels declare: the documents of the seeds and labels together that the seeds alone lack.</summary>
    public static IReadOnlySet<string> Sources(SeedDataset curated, SeedDataset withLabels)
    {
        var known = curated.Entities.Where(e => e.Kind == EntityKind.Document).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return withLabels.Entities.Where(e => e.Kind == EntityKind.Document && !known.Contains(e.Id)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
    }
}
