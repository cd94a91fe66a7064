using System.Diagnostics;
using System.Globalization;

namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>
/// The launcher probe program as a real .NET parent of a server, and everything it started: disposing it kills
/// whatever is still running, so a failed test leaves no probe, watchdog or java behind.
/// </summary>
internal sealed class ProbeParent : IDisposable
{
    private readonly Process _process;
    private string? _confDirectory;

    private ProbeParent(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int JavaPid { get; private set; }

    public string DataDirectory { get; private set; } = "";

    /// <summary>
    /// Starts the probe with SIGINT and SIGTERM ignored, whatever the test runner's own dispositions are: the probe
    /// must set them to default itself (as a program started from a terminal has them), and a test that passes
    /// here passes under any runner.
    /// </summary>
    public static ProbeParent Start(string cacheDirectory)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-c", "trap '' INT TERM; exec \"$@\"", "probe-wrapper",
                     dotnet, Path.Combine(AppContext.BaseDirectory, "InnoGraph.Neo4j.LauncherProbe.dll"), cacheDirectory,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return new ProbeParent(Process.Start(start)!);
    }

    /// <summary>Waits for the probe to report its ready server.</summary>
    public async Task ReadServerAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        var pidLine = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        var dataLine = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        pidLine.Should().StartWith("pid ", "the probe prints the java pid once the server is ready");
        dataLine.Should().StartWith("data ");
        JavaPid = int.Parse(pidLine!["pid ".Length..], CultureInfo.InvariantCulture);
        DataDirectory = dataLine!["data ".Length..];

        // Ephemeral data lies in the instance directory, beside the conf directory that identifies this java.
        _confDirectory = Path.Combine(Path.GetDirectoryName(DataDirectory)!, "conf");
    }

    /// <summary>Whether the probe has a handler for the signal (from /proc/pid/status), so that sending it means something.</summary>
    public string SignalDispositions(int signal)
    {
        var status = File.ReadAllLines($"/proc/{Id}/status");
        string Mask(string name) => status.Single(line => line.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
        var bit = 1UL << (signal - 1);
        var caught = (ulong.Parse(Mask("SigCgt"), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & bit) != 0;
        var ignored = (ulong.Parse(Mask("SigIgn"), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & bit) != 0;
        return caught ? "caught" : ignored ? "ignored" : "default";
    }

    public void Kill() => _process.Kill();

    public void CloseInput() => _process.StandardInput.Close();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(30));
            }

            if (JavaPid > 0 && _confDirectory is not null && UnixProcess.IsNeo4jWithConf(JavaPid, _confDirectory))
            {
                // Reparented to init when its watchdog was killed; only this probe's java matches the conf directory.
                UnixProcess.Signal(JavaPid, UnixProcess.SigKill);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
