using System.Diagnostics;
using System.Globalization;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// The <c>innograph</c> command as a child process (<c>dotnet innograph.dll ...</c>), with the
/// benchmark's Neo4j in its environment; its output is shown with a prefix as it comes, and its
/// memory read from <c>/proc</c>.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The highest resident set size seen by <see cref="Sample"/>, in MiB.</summary>
    public double PeakMegabytes { get; private set; }

    public static ChildProcess Start(FloorEnvironment environment, string prefix, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(environment.CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment.ChildVariables)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Show(prefix, e.Data);
        process.ErrorDataReceived += (_, e) => Show(prefix, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process);
    }

    /// <summary>Runs the command to its end, sampling its memory; gives the wall time and the peak RSS (MiB).</summary>
    public static async Task<(TimeSpan Elapsed, double PeakMegabytes)> RunAsync(FloorEnvironment environment, string prefix, CancellationToken cancellationToken, params string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        await using var child = Start(environment, prefix, arguments);
        while (!child.HasExited)
        {
            child.Sample();
            await Task.Delay(100, cancellationToken);
        }

        watch.Stop();
        await child._process.WaitForExitAsync(cancellationToken);
        if (child._process.ExitCode != 0)
        {
            throw new InvalidOperationException($"innograph {string.Join(' ', arguments)} exited with {child._process.ExitCode}.");
        }

        return (watch.Elapsed, child.PeakMegabytes);
    }

    /// <summary>The resident set size now, in MiB (0 once the process is gone).</summary>
    public double ResidentMegabytes() => Status("VmRSS:");

    /// <summary>Reads the peak RSS the kernel kept (VmHWM) into <see cref="PeakMegabytes"/>.</summary>
    public void Sample() => PeakMegabytes = Math.Max(PeakMegabytes, Status("VmHWM:"));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first, so the host shuts down as it would in production; kill if it does not.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private double Status(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Show(string prefix, string? line)
    {
        if (line is not null)
        {
            Console.WriteLine($"{prefix} {line}");
        }
    }
}
