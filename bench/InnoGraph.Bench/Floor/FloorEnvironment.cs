using InnoGraph.Neo4j.Local;

namespace InnoGraph.Bench.Floor;

/// <summary>Where things are for one run: the repository, the built <c>innograph</c>, the Neo4j the children use.</summary>
/// <param name="Extra">Settings the children get on top of the connection and the benchmark's own.</param>
public sealed record FloorEnvironment(string Repository, string CliAssembly, LocalNeo4jServer Server, IReadOnlyDictionary<string, string>? Extra = null)
{
    public IReadOnlyDictionary<string, string> ChildVariables { get; } = new Dictionary<string, string>(Extra ?? new Dictionary<string, string>(), StringComparer.Ordinal)
    {
        ["NEO4J_URI"] = Server.HttpUri.ToString(),
        ["NEO4J_USER"] = Server.User,
        ["NEO4J_PASSWORD"] = Server.Password,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // A batch of a large load can outlast the default 30 s on a busy machine; a retry inside the
        // transaction would then queue behind the first attempt.
        ["Neo4j__RequestTimeout"] = FloorBenchmark.RequestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        // The benchmark is one client sending as fast as it can; the per-address limit would refuse it.
        ["Api__RequestsPerMinute"] = "100000000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>The repository (the folder with InnoGraph.sln above the running program) and the <c>innograph</c> built beside it.</summary>
    public static (string Repository, string CliAssembly) Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InnoGraph.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Run the benchmark from the repository (no InnoGraph.sln above it).");
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var cli = Path.Combine(directory.FullName, "src", "InnoGraph.Cli", "bin", configuration, "net10.0", "innograph.dll");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: build src/InnoGraph.Cli in {configuration} first.");
        }

        return (directory.FullName, cli);
    }
}
