using System.Text.Json;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The ports a persistent data directory was last served on, kept beside its password file, so that the next start
/// uses the same address and every client that knew it (a running <c>serve</c>, scripts) finds the server again.
/// </summary>
internal static class PortsFile
{
    public const string FileName = "innograph.ports.json";

    public static string PathFor(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    public static RecordedPorts? Read(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var ports = JsonSerializer.Deserialize(File.ReadAllText(path), LocalNeo4jJsonContext.Default.RecordedPorts);
            return ports is { Http: > 0 and <= 65535, Bolt: > 0 and <= 65535 } && ports.Http != ports.Bolt ? ports : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // An unreadable record is as good as none: free ports are chosen and recorded again.
            return null;
        }
    }

    public static void Write(string dataDirectory, RecordedPorts ports)
    {
        var path = PathFor(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(ports, LocalNeo4jJsonContext.Default.RecordedPorts));
        File.Move(temporary, path, overwrite: true);
    }
}
