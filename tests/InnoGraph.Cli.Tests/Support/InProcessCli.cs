using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Support;

/// <summary>
/// Runs <c>innograph</c> in this process with its console captured, on an empty launcher cache of its own and without
/// the <c>NEO4J_*</c> and <c>INNOGRAPH_*</c> settings of the machine, so that no run can reach the user's Neo4j.
/// Only for tests in <see cref="ProcessStateCollection"/>.
/// </summary>
internal static class InProcessCli
{
    private static readonly string[] ClearedVariables =
    [
        "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_PASSWORD_FILE", "NEO4J_DATABASE", "INNOGRAPH_SEEDS", "INNOGRAPH_NEO4J_HEAP",
    ];

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Task<Outcome> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), arguments);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var cache = new TemporaryDirectory();
        var variables = ClearedVariables.ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        variables["INNOGRAPH_CACHE_DIR"] = cache.Path;
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        using var scope = new ScopedEnvironment(variables);
        using var console = new CapturedConsole();
        var exitCode = await CliApplication.RunAsync(arguments);
        return new Outcome(exitCode, console.Out, console.Error);
    }
}
