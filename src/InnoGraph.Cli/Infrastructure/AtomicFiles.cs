namespace InnoGraph.Cli.Infrastructure;

/// <summary>
/// Files written beside their final path under a temporary name and moved into place only when all
/// of them are complete: on any failure the temporary files are deleted and nothing half written remains.
/// </summary>
public sealed class AtomicFiles : IAsyncDisposable
{
    private readonly List<(string Temporary, string Final, FileStream Stream)> _files = [];
    private bool _committed;

    public Stream Create(string path)
    {
        var final = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        var temporary = $"{final}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        _files.Add((temporary, final, stream));
        return stream;
    }

    /// <summary>Closes every file and moves it to its final path, replacing what was there.</summary>
    public async Task CommitAsync()
    {
        foreach (var (_, _, stream) in _files)
        {
            await stream.DisposeAsync();
        }

        foreach (var (temporary, final, _) in _files)
        {
            File.Move(temporary, final, overwrite: true);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (temporary, _, stream) in _files)
        {
            await stream.DisposeAsync();
            if (!_committed && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
