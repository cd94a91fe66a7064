using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Reads every <c>*.yaml</c> below a seed folder (but <c>schema/</c>), checks all of it, and
/// returns either a dataset or the full list of problems — never a partial dataset.
/// </summary>
public static class SeedCompiler
{
    public static SeedLoadResult CompileDirectory(string directory) => CompileDirectories([directory]);

    /// <summary>
    /// Compiles the seed folder <paramref name="directories"/>[0] together with further folders of seed files (e.g. the
    /// labels of an evaluation), as one dataset; files are named relative to the first folder.
    /// </summary>
    public static SeedLoadResult CompileDirectories(IReadOnlyList<string> directories)
    {
        if (directories.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
        {
            var position = new SeedPosition(missing, 0, 0);
            return new SeedLoadResult(null, [new SeedProblem(position, "(folder)", "the seed folder does not exist: run from the repository root or pass --seeds PATH")]);
        }

        var root = directories[0];
        var files = directories.SelectMany(directory => Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
                .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Inner: Path.GetRelativePath(directory, f).Replace('\\', '/'), Full: f)))
            .Where(f => !f.Inner.StartsWith("schema/", StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        // One file's text at a time: a large folder is read as it is parsed, never held whole as text.
        return Compile(files.Select(f => (f.Relative, File.ReadAllText(f.Full))), files.Count);
    }

    /// <summary>Compiles files given as (path relative to the seed folder, text).</summary>
    public static SeedLoadResult Compile(IReadOnlyList<(string File, string Text)> files) => Compile(files, files.Count);

    private static (SeedSectionReader Reader, List<SeedProblem> Problems) ReadFile((string File, string Text) file)
    {
        var problems = new List<SeedProblem>();
        var reader = new SeedSectionReader(problems);
        if (YamlSeedReader.Read(file.File, file.Text, problems) is { } root)
        {
            reader.Read(root);
        }

        return (reader, problems);
    }

    private static SeedLoadResult Compile(IEnumerable<(string File, string Text)> files, int fileCount)
    {
        var problems = new List<SeedProblem>();
        var reader = new SeedSectionReader(problems);
        foreach (var file in ParallelFileReader.InOrder(files, ReadFile))
        {
            problems.AddRange(file.Problems);
            reader.Append(file.Reader);
        }

        new SeedCrossChecker(problems).Check(reader);
        IReadOnlyList<LocationCoverage> coverage = [];
        if (problems.Count == 0)
        {
            problems.AddRange(SeedLocationCoverage.Check(reader.Entities, reader.Relations));
            coverage = SeedLocationCoverage.Of(reader.Entities.Select(e => e.Entity), reader.Relations.Select(r => r.Relation));
        }

        if (problems.Count > 0)
        {
            return new SeedLoadResult(null, problems) { Coverage = coverage };
        }

        var mentions = reader.Mentions.ToLookup(m => m.EntityId, m => m.Locators.Select(l => l.Locator.ToString()));
        var entities = reader.Sources.Select(s => s.Entity)
            .Concat(reader.Entities.Select(e => e.Entity with { Sources = [.. e.Entity.Sources.Concat(mentions[e.Entity.Id].SelectMany(l => l)).Distinct()] }))
            .ToList();
        var relations = reader.Relations.Select(r => r.Relation).ToList();
        return new SeedLoadResult(new SeedDataset(entities, relations, DatasetVersion.Of(entities, relations), fileCount), []) { Coverage = coverage };
    }
}
