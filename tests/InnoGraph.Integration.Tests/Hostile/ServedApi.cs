using System.Diagnostics;
using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// <c>innograph serve</c> as a separate process on a given Neo4j, the way an operator runs it, on a
/// port it picks itself. A process of its own, so that its CPU time can be measured and it can be killed.
/// </summary>
internal sealed class ServedApi : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private ServedApi(Process process) => _process = process;

    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int ProcessId => _process.Id;

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServedApi> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Testing.RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "innograph.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var api = new ServedApi(process);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            api.Port = await WaitForPortAsync(api);
            await api.WaitHealthyAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, the way a crash or the OOM killer ends it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // never started or already reaped
        }

        _process.Dispose();
    }

    private static async Task<int> WaitForPortAsync(ServedApi api)
    {
        // Start-up applies the schema on Neo4j first; bounded generously, it only fails a broken start.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (api._process.HasExited)
            {
                throw new InvalidOperationException($"innograph serve exited with {api._process.ExitCode}:\n{api.Stderr}");
            }

            if (ListeningPorts.Of(api._process.Id) is [var port, ..])
            {
                return port;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"innograph serve did not listen within 2 minutes:\n{api.Stderr}");
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(1))
            {
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException($"innograph serve did not answer /healthz:\n{Stderr}");
            }

            await Task.Delay(50);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.AppendLine(line);
        }
    }
}
