using System.Diagnostics;
using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>
/// Runs the readers of <c>tests/node-readers</c> (graphql-js, graphology's GEXF and GraphML readers,
/// Cytoscape.js) on what the API answers: parsers that share no code with the project.
/// <c>npm ci</c> installs them from the committed lock once per run.
/// </summary>
internal static class NodeReaders
{
    // Only stops a hung reader; it measures nothing.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "node-readers");

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>, optionally feeding <paramref name="stdin"/>, and parses its JSON output.</summary>
    public static async Task<JsonElement> RunAsync(string script, string? stdin, params string[] arguments)
    {
        await InstallAsync();
        var (code, stdout, stderr) = await ExecAsync("node", [script, .. arguments], stdin);
        code.Should().Be(0, $"node {script} failed: {stderr}");
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    private static async Task InstallAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (!_installed)
            {
                var (code, _, stderr) = await ExecAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], null);
                code.Should().Be(0, $"npm ci in tests/node-readers failed: {stderr}");
                _installed = true;
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> ExecAsync(string program, string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(Bound);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
