namespace InnoGraph.Domain.Seeds;

/// <summary>
/// The seed files, read again for every pass over them: as many files at a time as the machine has cores, each
/// handing over its declarations as it reads them (<see cref="SeedFileRead"/>), so that no pass holds more than a
/// few thousand declarations, however large the files.
/// </summary>
internal sealed class SeedFileSet(IReadOnlyList<(string File, Func<TextReader> Open)> files)
{
    public int Count => files.Count;

    public static SeedFileSet OfFolder(string directory) => OfFolders([directory]);

    /// <summary>The files below several folders as one set, named relative to the first.</summary>
    public static SeedFileSet OfFolders(IReadOnlyList<string> directories) =>
        new([.. directories
            .SelectMany(directory => FilesBelow(directory).Select(f => Path.Combine(directory, f)))
            .Select(full => (Name: Path.GetRelativePath(directories[0], full).Replace('\\', '/'), Full: full))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f.Name, (Func<TextReader>)(() => new StreamReader(f.Full))))]);

    public static SeedFileSet OfTexts(IEnumerable<(string File, string Text)> files) =>
        new([.. files.Select(f => (f.File, (Func<TextReader>)(() => new StringReader(f.Text))))]);

    /// <summary>
    /// Every file, in order, read a few files ahead of the one handed back. Each must have all its declarations taken
    /// before the next is asked for; leaving the enumeration stops the reading of the rest.
    /// </summary>
    public IEnumerable<SeedFileRead> Read()
    {
        var ahead = Math.Max(1, Environment.ProcessorCount);
        using var stop = new CancellationTokenSource();
        var pending = new Queue<SeedFileRead>();
        try
        {
            foreach (var (file, open) in files)
            {
                pending.Enqueue(SeedFileRead.Start(file, open, stop.Token));
                if (pending.Count > ahead)
                {
                    yield return pending.Dequeue();
                }
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue();
            }
        }
        finally
        {
            stop.Cancel();
        }
    }

    /// <summary>The files below a seed folder: every <c>*.yaml</c> but <c>schema/</c>, by relative path.</summary>
    private static IEnumerable<string> FilesBelow(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schema/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
}
