namespace InnoGraph.Neo4j.Local;

/// <summary>
/// An exclusive lock between processes: .NET takes an advisory <c>flock</c> on a file opened with
/// <see cref="FileShare.None"/>, and the kernel releases it when the holder dies, so a crash never leaves it stuck.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static async Task<FileLock> AcquireAsync(string path, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var reported = false;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                if (!reported)
                {
                    progress?.Report($"Waiting for another process that holds {path}");
                    reported = true;
                }

                await Task.Delay(200, cancellationToken);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
