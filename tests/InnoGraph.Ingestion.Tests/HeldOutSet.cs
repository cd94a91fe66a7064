using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Evaluation;
using InnoGraph.Testing;

namespace InnoGraph.Ingestion.Tests;

/// <summary>The held-out documents of <c>eval/held-out</c>, their labels compiled with the curated seeds, and the seeds alone.</summary>
internal static class HeldOutSet
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, "eval", "held-out");

    public static readonly SeedDataset Curated = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

    public static SeedDataset WithLabels() => HeldOutEvaluation.Compile(RepositoryPaths.Seeds, Folder).Dataset!;
}
