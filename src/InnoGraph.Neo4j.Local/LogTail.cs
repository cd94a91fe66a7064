namespace InnoGraph.Neo4j.Local;

/// <summary>Reads the last lines of Neo4j's logs for error messages.</summary>
internal static class LogTail
{
    public static string Read(string path, int lines)
    {
        try
        {
            if (!File.Exists(path))
            {
                return $"({path} does not exist)";
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            const int window = 64 * 1024;
            if (stream.Length > window)
            {
                stream.Seek(-window, SeekOrigin.End);
            }

            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"({path} could not be read: {e.Message})";
        }
    }
}
