using System.Diagnostics;
using InnoGraph.Testing;

namespace InnoGraph.Api.Tests.Explorer;

/// <summary>The explorer's own unit tests (Vitest, <c>web/test</c>) run with every other test.</summary>
public sealed class WebUnitTests
{
    // Only stops a hung run; it measures nothing.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);

    private static string WebFolder => Path.Combine(RepositoryPaths.Root, "web");

    [Fact]
    public async Task the_explorers_vitest_suite_passes()
    {
        Directory.Exists(Path.Combine(WebFolder, "node_modules", "vitest")).Should().BeTrue(
            "the API's build installs web/ with npm ci; run it, or 'npm ci' in web/, when building with -p:BuildWebAssets=false");
        var start = new ProcessStartInfo("npx", ["vitest", "run", "--reporter=dot", "--color=false"])
        {
            WorkingDirectory = WebFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var output = await stdout + await stderr;
        process.ExitCode.Should().Be(0, $"vitest in web/ failed:\n{output}");
        output.Should().Contain("passed");
    }
}
