using System.Text.Json;

namespace InnoGraph.Neo4j.Local;

/// <summary>The state file of the detached server: <c>&lt;cache&gt;/neo4j/server.json</c>.</summary>
internal static class DetachedStateFile
{
    public static string PathFor(string cacheDirectory) => Path.Combine(cacheDirectory, "neo4j", "server.json");

    public static string LockPathFor(string cacheDirectory) => Path.Combine(cacheDirectory, "neo4j", "server.lock");

    public static DetachedServerRecord? Read(string cacheDirectory)
    {
        var path = PathFor(cacheDirectory);
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllText(path), LocalNeo4jJsonContext.Default.DetachedServerRecord)
                : null;
        }
        catch (JsonException)
        {
            // An unreadable record cannot point at a server; it is treated as stale and replaced.
            return new DetachedServerRecord(0, 0, 0, string.Empty, string.Empty, string.Empty, default);
        }
    }

    public static void Write(string cacheDirectory, DetachedServerRecord record)
    {
        var path = PathFor(cacheDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, LocalNeo4jJsonContext.Default.DetachedServerRecord));
        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string cacheDirectory) => File.Delete(PathFor(cacheDirectory));
}
