using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Reads every <c>*.yaml</c> below a seed folder (but <c>schema/</c>), checks all of it, and
/// returns either a dataset or the full list of problems — never a partial dataset.
/// </summary>
/// <remarks>
/// Checking takes two passes over the files: the first reads what each file declares and keeps ids, kinds and
/// positions (<see cref="SeedIndex"/>), the second checks each file against them (<see cref="SeedCrossChecker"/>).
/// <see cref="CheckDirectory"/> reads the files again for each pass and for each pass of a load, so its memory
/// is bounded by the ids, not by the rows; <see cref="CompileDirectory"/> holds the whole dataset.
/// </remarks>
public static class SeedCompiler
{
    /// <summary>Checks a folder and holds its rows in memory.</summary>
    public static SeedLoadResult CompileDirectory(string directory) => CompileDirectories([directory]);

    /// <summary>
    /// Compiles the seed folder <paramref name="directories"/>[0] together with further folders of seed files (e.g. the
    /// labels of an evaluation), as one dataset held in memory; files are named relative to the first folder.
    /// </summary>
    public static SeedLoadResult CompileDirectories(IReadOnlyList<string> directories) =>
        directories.FirstOrDefault(d => !Directory.Exists(d)) is { } missing
            ? new SeedLoadResult(null, [MissingFolder(missing)])
            : Compile(SeedFileSet.OfFolders(directories));

    /// <summary>Compiles files given as (path relative to the seed folder, text).</summary>
    public static SeedLoadResult Compile(IReadOnlyList<(string File, string Text)> files) => Compile(SeedFileSet.OfTexts(files));

    /// <summary>
    /// Checks a folder without holding its rows: the rows of a valid folder are read from its files again, a few
    /// files at a time, each time they are enumerated.
    /// </summary>
    public static SeedCheckResult CheckDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new SeedCheckResult(null, [MissingFolder(directory)]);
        }

        var files = SeedFileSet.OfFolder(directory);
        var (index, problems, coverage) = Check(files);
        if (problems.Count > 0)
        {
            return new SeedCheckResult(null, problems) { Coverage = coverage };
        }

        index.ReleaseChecks();
        return new SeedCheckResult(new SeedFolderRows(files, index, DatasetVersion.Of(index.FileHashes)), problems) { Coverage = coverage };
    }

    private static SeedProblem MissingFolder(string directory) =>
        new(new SeedPosition(directory, 0, 0), "(folder)", "the seed folder does not exist: run from the repository root or pass --seeds PATH");

    private static SeedLoadResult Compile(SeedFileSet files)
    {
        var (index, problems, coverage) = Check(files);
        if (problems.Count > 0)
        {
            return new SeedLoadResult(null, problems) { Coverage = coverage };
        }

        // Sources first, then entities, as they were always listed.
        var rows = new SeedFolderRows(files, index, DatasetVersion.Of(index.FileHashes));
        var declarations = rows.ReadEntities().ToList();
        var entities = declarations.Where(e => e.Kind == EntityKind.Document).Concat(declarations.Where(e => e.Kind != EntityKind.Document)).ToList();
        var relations = rows.ReadRelations().ToList();
        return new SeedLoadResult(new SeedDataset(entities, relations, DatasetVersion.Of(index.FileHashes), files.Count), []) { Coverage = coverage };
    }

    private static (SeedIndex Index, List<SeedProblem> Problems, IReadOnlyList<LocationCoverage> Coverage) Check(SeedFileSet files)
    {
        var problems = new List<SeedProblem>();
        var index = new SeedIndex();
        foreach (var file in files.Read())
        {
            index.Add(file);
            problems.AddRange(file.Problems);
        }

        problems.AddRange(index.DuplicateSources);
        var checker = new SeedCrossChecker(index);
        var number = 0;
        foreach (var file in files.Read())
        {
            var counts = index.Counts(number);
            foreach (var declaration in file.Declarations())
            {
                if (counts)
                {
                    checker.Check(declaration);
                }
            }

            if (!file.ContentHash.AsSpan().SequenceEqual(index.ContentHash(number++)))
            {
                problems.Add(new SeedProblem(new SeedPosition(file.File, 0, 0), "(file)", "the file changed while the seeds were being checked: check them again"));
                return (index, problems, []);
            }
        }

        problems.AddRange(checker.Problems(index.DuplicateSourceIds));
        if (problems.Count > 0)
        {
            return (index, problems, []);
        }

        problems.AddRange(SeedLocationCoverage.Check(index));
        return (index, problems, SeedLocationCoverage.Of(index));
    }
}
