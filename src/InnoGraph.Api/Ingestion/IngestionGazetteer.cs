using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Api.Ingestion;

/// <summary>
/// The gazetteer the <c>ingestDocument</c> mutation reads with: the names of the seed graph, compiled
/// once from <c>INNOGRAPH_SEEDS</c> or the nearest <c>seeds/</c> folder above the working directory.
/// Null when there is no valid seed folder, which the mutation reports instead of guessing.
/// </summary>
internal static class IngestionGazetteer
{
    private static readonly Lazy<GazetteerIndex?> Index = new(Load);

    public static GazetteerIndex? Current => Index.Value;

    private static GazetteerIndex? Load()
    {
        var folder = Environment.GetEnvironmentVariable("INNOGRAPH_SEEDS");
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is null && directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "seeds", "sources.yaml")))
            {
                folder = Path.Combine(directory.FullName, "seeds");
            }
        }

        return folder is not null && SeedCompiler.CompileDirectory(folder) is { IsValid: true } compiled ? GazetteerIndex.Of(compiled.Dataset!) : null;
    }
}
