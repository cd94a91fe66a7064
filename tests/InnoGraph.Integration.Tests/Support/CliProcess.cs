using System.Diagnostics;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>Runs the built <c>innograph</c> command as a separate process, the way a user or a script does.</summary>
internal static class CliProcess
{
    // Only stops a hung command; it measures nothing.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(Neo4jOptions? neo4j, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "innograph.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test run's own cache: a command that looks for a local Neo4j never finds or stops the user's.
        start.Environment["INNOGRAPH_CACHE_DIR"] = await TestCache.DirectoryAsync();
        if (neo4j is not null)
        {
            start.Environment["NEO4J_URI"] = neo4j.Uri;
            start.Environment["NEO4J_USER"] = neo4j.User;
            start.Environment["NEO4J_PASSWORD"] = neo4j.Password;
        }

        using var process = Process.Start(start)!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Bound);
            await process.WaitForExitAsync(timeout.Token);
            return new Outcome(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                // A hung or abandoned command, and anything it started, goes with the test.
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
