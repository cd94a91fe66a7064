namespace InnoGraph.Domain.Seeds;

/// <summary>
/// The seed files, read as often as a pass over them needs. A folder's files are read again on every pass, a few at a
/// time (<see cref="ParallelFileReader"/>), so no pass holds more than those files' declarations; texts given in memory
/// are read once and kept.
/// </summary>
internal abstract class SeedFileSet
{
    public abstract int Count { get; }

    /// <summary>Every file, in order.</summary>
    public abstract IEnumerable<SeedFileRead> Read();

    public static SeedFileSet OfFolder(string directory, IReadOnlyList<string> relativeFiles) => new Folder(directory, relativeFiles);

    public static SeedFileSet OfTexts(IEnumerable<(string File, string Text)> files) =>
        new Kept([.. ParallelFileReader.InOrder(files, f => SeedFileRead.Of(f.File, f.Text))]);

    /// <summary>The files below a seed folder: every <c>*.yaml</c> but <c>schema/</c>, by relative path.</summary>
    public static IReadOnlyList<string> FilesBelow(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schema/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private sealed class Folder(string directory, IReadOnlyList<string> files) : SeedFileSet
    {
        public override int Count => files.Count;

        // One file's text at a time per core: a large folder is read as it is parsed, never held whole.
        public override IEnumerable<SeedFileRead> Read() =>
            ParallelFileReader.InOrder(files, f => SeedFileRead.Of(f, File.ReadAllText(Path.Combine(directory, f))));
    }

    private sealed class Kept(IReadOnlyList<SeedFileRead> files) : SeedFileSet
    {
        public override int Count => files.Count;

        public override IEnumerable<SeedFileRead> Read() => files;
    }
}
