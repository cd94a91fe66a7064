using System.Diagnostics;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// A Neo4j Community 3.1.1 running on this machine on 127.0.0.1, with authentication on and a generated password.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="StartAsync"/> starts a child server for tests: it never outlives this process
/// (a watchdog stops it even when this process is killed) and its ephemeral data is deleted when it stops.
/// <see cref="StartOrAttachAsync"/> does the same for <c>serve</c> on the persistent data, and records the child in the
/// state file as owned by this process, so that the other commands find it.
/// </para>
/// <para>
/// A persistent data directory keeps its ports across restarts (<c>innograph.ports.json</c> beside its password file),
/// so a client that knew the address finds the server again after any restart.
/// </para>
/// <para>
/// <see cref="StartDetachedAsync"/> starts a detached server for <c>innograph neo4j start</c>: it keeps running after
/// this process exits and is recorded in a state file in the cache, from which <see cref="AttachAsync"/>,
/// <see cref="GetStatusAsync"/> and <see cref="StopDetachedAsync"/> find it.
/// </para>
/// </remarks>
public sealed class LocalNeo4jServer : IAsyncDisposable
{
    /// <summary>The Neo4j version the launcher provides.</summary>
    public const string Neo4jVersion = Neo4jDistribution.Version;

    /// <summary>The user the launcher sets a password for.</summary>
    public const string DefaultUser = "neo4j";

    private const int PortAttempts = 3;

    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(30);

    private readonly InstanceLayout _layout;
    private readonly Process? _watchdog;
    private readonly string? _cacheDirectory;
    private int _stopped;

    private LocalNeo4jServer(
        int processId, int httpPort, int boltPort, string password, InstanceLayout layout, Process? watchdog, string? recordCache, int? heapMegabytes = null, int? ownerProcessId = null)
    {
        ProcessId = processId;
        HeapMegabytes = heapMegabytes;
        OwnerProcessId = ownerProcessId;
        HttpUri = new Uri($"http://127.0.0.1:{httpPort}/");
        BoltUri = new Uri($"bolt://127.0.0.1:{boltPort}");
        Password = password;
        _layout = layout;
        _watchdog = watchdog;
        _cacheDirectory = recordCache;
    }

    /// <summary>The HTTP address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri HttpUri { get; }

    /// <summary>The Bolt address, e.g. <c>bolt://127.0.0.1:41235</c>.</summary>
    public Uri BoltUri { get; }

    /// <summary>The user name: <c>neo4j</c>.</summary>
    public string User => DefaultUser;

    /// <summary>The generated password of the data directory.</summary>
    public string Password { get; }

    /// <summary>The file the password is kept in; clients re-read it after a restart (<c>NEO4J_PASSWORD_FILE</c>).</summary>
    public string PasswordFilePath => PasswordFile.PathFor(_layout.DataDirectory);

    /// <summary>The Java heap in megabytes, when known (older state files do not record it).</summary>
    public int? HeapMegabytes { get; }

    /// <summary>The pid of the process whose child this server is and with which it stops; null for a detached server.</summary>
    public int? OwnerProcessId { get; }

    /// <summary>The process id of the Neo4j JVM.</summary>
    public int ProcessId { get; }

    /// <summary>The Neo4j version: <c>3.1.1</c>.</summary>
    public string Version => Neo4jVersion;

    /// <summary>The data directory in use.</summary>
    public string DataDirectory => _layout.DataDirectory;

    /// <summary>True when the data directory is deleted on stop.</summary>
    public bool IsEphemeral => _layout.EphemeralData;

    /// <summary>True for a server that is not a child of this process (started by <see cref="StartDetachedAsync"/> or found by <see cref="AttachAsync"/>).</summary>
    public bool IsDetached => _watchdog is null;

    /// <summary>Neo4j's log directory, as long as the server runs.</summary>
    public string LogDirectory => _layout.LogsDirectory;

    /// <summary>True while the Neo4j JVM of this server is running.</summary>
    public bool IsRunning => UnixProcess.IsNeo4jWithConf(ProcessId, _layout.ConfDirectory);

    /// <summary>
    /// Provides Neo4j 3.1.1 in the cache (downloading it with npm the first time), starts it as a child of this process
    /// and waits until an authenticated query succeeds.
    /// </summary>
    /// <exception cref="LocalNeo4jException">Java or npm is missing, the download failed, a port is taken, or the server did not start.</exception>
    public static Task<LocalNeo4jServer> StartAsync(LocalNeo4jOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        StartCoreAsync(options, StartMode.Child, progress, cancellationToken);

    /// <summary>
    /// Attaches to the server recorded in the cache when it runs; otherwise starts a child of this process on
    /// <see cref="LocalNeo4jOptions.DataDirectory"/> or else the persistent default, and records it in the state file
    /// as owned by this process, so that <c>neo4j status|stop</c> and the other commands see it. The child stops with
    /// this process; <see cref="IsDetached"/> tells which of the two happened.
    /// </summary>
    /// <exception cref="LocalNeo4jException">Java or npm is missing, the download failed, a port is taken, the data is in use, or the server did not start.</exception>
    public static async Task<LocalNeo4jServer> StartOrAttachAsync(LocalNeo4jOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stateLock = await FileLock.AcquireAsync(DetachedStateFile.LockPathFor(options.CacheDirectory), progress, cancellationToken);
        var existing = DetachedStateFile.Read(options.CacheDirectory);
        if (existing is not null && existing.IsAlive)
        {
            var running = FromRecord(existing, options.CacheDirectory);
            await ReadinessProbe.WaitAsync(running.HttpUri, running.User, running.Password, running.ProcessId, existing.Layout, options.StartTimeout, cancellationToken);
            return running;
        }

        if (existing is not null)
        {
            ForgetStale(options.CacheDirectory, existing);
        }

        var persistent = options.DataDirectory is null ? options.WithDefaultDataDirectory() : options;
        return await StartCoreAsync(persistent, StartMode.RegisteredChild, progress, cancellationToken);
    }

    /// <summary>
    /// Starts a server that outlives this process, on <see cref="LocalNeo4jOptions.DataDirectory"/> or else the persistent
    /// default data directory, and records it in the cache. Returns the recorded server when one is already running.
    /// </summary>
    /// <exception cref="LocalNeo4jException">Java or npm is missing, the download failed, a port is taken, or the server did not start.</exception>
    public static async Task<LocalNeo4jServer> StartDetachedAsync(LocalNeo4jOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stateLock = await FileLock.AcquireAsync(DetachedStateFile.LockPathFor(options.CacheDirectory), progress, cancellationToken);
        var existing = DetachedStateFile.Read(options.CacheDirectory);
        if (existing is not null && existing.IsAlive)
        {
            progress?.Report($"Neo4j is already running at http://127.0.0.1:{existing.HttpPort}/ (pid {existing.ProcessId})");
            return FromRecord(existing, options.CacheDirectory);
        }

        if (existing is not null)
        {
            ForgetStale(options.CacheDirectory, existing);
        }

        var persistent = options.DataDirectory is null ? options.WithDefaultDataDirectory() : options;
        return await StartCoreAsync(persistent, StartMode.Detached, progress, cancellationToken);
    }

    /// <summary>Finds the detached server recorded in the cache; null when none is running.</summary>
    /// <param name="cacheDirectory">The cache; null for <see cref="LocalNeo4jOptions.DefaultCacheDirectory"/>.</param>
    /// <param name="cancellationToken">Cancels the check that the server answers.</param>
    public static async Task<LocalNeo4jServer?> AttachAsync(string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        var cache = cacheDirectory ?? LocalNeo4jOptions.DefaultCacheDirectory();
        var record = DetachedStateFile.Read(cache);
        if (record is null || !record.IsAlive)
        {
            return null;
        }

        var server = FromRecord(record, cache);
        await ReadinessProbe.WaitAsync(server.HttpUri, server.User, server.Password, server.ProcessId, record.Layout, TimeSpan.FromSeconds(30), cancellationToken);
        return server;
    }

    /// <summary>Whether the detached server recorded in the cache is running, stopped or stale.</summary>
    /// <param name="cacheDirectory">The cache; null for <see cref="LocalNeo4jOptions.DefaultCacheDirectory"/>.</param>
    /// <param name="cancellationToken">Not used yet; kept for symmetry with the other calls.</param>
    public static Task<LocalNeo4jStatus> GetStatusAsync(string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cache = cacheDirectory ?? LocalNeo4jOptions.DefaultCacheDirectory();
        var stateFile = DetachedStateFile.PathFor(cache);
        var record = DetachedStateFile.Read(cache);
        if (record is null)
        {
            return Task.FromResult(new LocalNeo4jStatus(LocalNeo4jState.Stopped, null, null, null, stateFile));
        }

        var state = record.IsAlive ? LocalNeo4jState.Running : LocalNeo4jState.Stale;
        return Task.FromResult(new LocalNeo4jStatus(
            state, record.ProcessId, new Uri($"http://127.0.0.1:{record.HttpPort}/"), record.DataDirectory, stateFile, record.OwnerProcessId));
    }

    /// <summary>
    /// Stops the detached server recorded in the cache, after checking that its pid is still that Neo4j, and removes
    /// the record. Returns false when no server was running (a stale record is removed too).
    /// </summary>
    /// <param name="cacheDirectory">The cache; null for <see cref="LocalNeo4jOptions.DefaultCacheDirectory"/>.</param>
    /// <param name="cancellationToken">Cancels waiting for a graceful stop; the JVM is then killed.</param>
    public static async Task<bool> StopDetachedAsync(string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        var cache = cacheDirectory ?? LocalNeo4jOptions.DefaultCacheDirectory();
        using var stateLock = await FileLock.AcquireAsync(DetachedStateFile.LockPathFor(cache), progress: null, cancellationToken);
        var record = DetachedStateFile.Read(cache);
        if (record is null)
        {
            return false;
        }

        if (!record.IsAlive)
        {
            ForgetStale(cache, record);
            return false;
        }

        await FromRecord(record, cache).StopAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Stops the server: SIGTERM, a graceful wait of up to 30 s, then SIGKILL; removes the instance directory and
    /// ephemeral data; for a detached server also removes its record. Calling it again does nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the graceful wait; the JVM is then killed before the exception is thrown.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        ChildServerRegistry.Unregister(this);
        try
        {
            if (IsRunning)
            {
                UnixProcess.Signal(ProcessId, UnixProcess.SigTerm);
                if (!await UnixProcess.WaitForExitAsync(ProcessId, GracefulStop, cancellationToken))
                {
                    Kill();
                }
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        finally
        {
            await FinishAsync();
        }
    }

    /// <summary>True when Neo4j's logs of this server show a Java OutOfMemoryError (the heap was too small for some request).</summary>
    public bool LogShowsOutOfMemory() =>
        new[] { _layout.ConsoleLog, _layout.DebugLog }.Any(log => LogTail.Read(log, 200).Contains("java.lang.OutOfMemoryError", StringComparison.Ordinal));

    /// <summary>Stops a child server; leaves a detached one running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!IsDetached)
        {
            await StopAsync(CancellationToken.None);
        }

        _watchdog?.Dispose();
    }

    /// <summary>Stops synchronously from an exit handler, where awaiting is not possible.</summary>
    internal void StopOnExit()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        if (IsRunning)
        {
            UnixProcess.Signal(ProcessId, UnixProcess.SigTerm);
            if (!UnixProcess.WaitForExitAsync(ProcessId, TimeSpan.FromSeconds(10), CancellationToken.None).GetAwaiter().GetResult())
            {
                Kill();
            }
        }

        _layout.Delete();
        ForgetOwnRecord();
    }

    private static async Task<LocalNeo4jServer> StartCoreAsync(LocalNeo4jOptions options, StartMode mode, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var heap = Validate(options);
        var java = ToolLocator.RequireJava();
        var cache = Path.GetFullPath(options.CacheDirectory);
        var home = await Neo4jDistribution.EnsureInstalledAsync(cache, progress, cancellationToken);
        StaleInstances.Sweep(cache);

        if (options.DataDirectory is { } data && Directory.Exists(data) && DataDirectoryUsers.FindServer(data) is { } user)
        {
            throw DataDirectoryUsers.InUse(Path.GetFullPath(data), user);
        }

        // A chosen port can still be bound by another program between its release and Neo4j's bind; that start
        // fails at once with a bind error in the log and is made again on new ports. Recorded and explicit ports
        // are never moved (see PortPlan).
        for (var attempt = 1; ; attempt++)
        {
            using var ports = PortPlan.Reserve(options);
            try
            {
                return await StartOnceAsync(options, mode, java, cache, home, heap, ports, progress, cancellationToken);
            }
            catch (LocalNeo4jException) when (ports.ChosenPortWasTaken && attempt < PortAttempts)
            {
                progress?.Report($"Port {ports.Http} or {ports.Bolt} was taken by another program before Neo4j bound it; starting again on other ports");
            }
        }
    }

    private static async Task<LocalNeo4jServer> StartOnceAsync(
        LocalNeo4jOptions options, StartMode mode, string java, string cache, string home, int heap, PortReservation ports, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (httpPort, boltPort) = (ports.Http, ports.Bolt);
        PortPlan.Record(options, ports);
        var layout = InstanceLayout.Create(cache, options.DataDirectory);
        LocalNeo4jServer? server = null;
        try
        {
            var password = PreparePassword(layout);
            await File.WriteAllTextAsync(Path.Combine(layout.ConfDirectory, "neo4j.conf"), Neo4jConf.Render(layout, httpPort, boltPort, options.IndexSamplingInBackground), cancellationToken);

            progress?.Report($"Starting Neo4j {Neo4jVersion} on http://127.0.0.1:{httpPort}/ (data: {(layout.EphemeralData ? "ephemeral" : layout.DataDirectory)})");
            var arguments = JavaCommand.Arguments(home, layout, heap);
            ports.ReleaseSockets();
            if (mode == StartMode.Detached)
            {
                var pid = await ServerProcessLauncher.StartDetachedAsync(java, arguments, layout, cancellationToken);
                server = new LocalNeo4jServer(pid, httpPort, boltPort, password, layout, watchdog: null, cache, heap);
                DetachedStateFile.Write(cache, new DetachedServerRecord(
                    pid, httpPort, boltPort, layout.DataDirectory, layout.InstanceDirectory, Neo4jVersion, DateTimeOffset.UtcNow, HeapMegabytes: heap));
            }
            else
            {
                var (pid, watchdog) = await ServerProcessLauncher.StartChildAsync(
                    java, arguments, layout, Environment.ProcessId, cancellationToken);
                var registered = mode == StartMode.RegisteredChild;
                server = new LocalNeo4jServer(
                    pid, httpPort, boltPort, password, layout, watchdog, registered ? cache : null, heap, Environment.ProcessId);
                ChildServerRegistry.Register(server);
                if (registered)
                {
                    DetachedStateFile.Write(cache, new DetachedServerRecord(
                        pid, httpPort, boltPort, layout.DataDirectory, layout.InstanceDirectory, Neo4jVersion, DateTimeOffset.UtcNow, Environment.ProcessId, heap));
                }
            }

            await File.WriteAllTextAsync(layout.JavaPidFile, server.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            await ReadinessProbe.WaitAsync(server.HttpUri, server.User, password, server.ProcessId, layout, options.StartTimeout, cancellationToken);
            progress?.Report($"Neo4j {Neo4jVersion} is ready at {server.HttpUri} (pid {server.ProcessId})");
            return server;
        }
        catch
        {
            ports.NoteFailure(layout.ConsoleLog);
            if (server is not null)
            {
                await server.StopAsync(CancellationToken.None);
            }
            else
            {
                layout.Delete();
            }

            throw;
        }
    }

    /// <summary>Checks the options and returns the heap in megabytes.</summary>
    private static int Validate(LocalNeo4jOptions options)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new LocalNeo4jException("The local Neo4j launcher runs on Linux only (it watches processes through /proc). Point InnoGraph at another Neo4j instead.");
        }

        var heap = options.ResolveHeapMegabytes();
        if (heap < 64)
        {
            throw new LocalNeo4jException($"HeapMegabytes must be at least 64, but is {heap}.");
        }

        foreach (var port in new[] { options.HttpPort, options.BoltPort })
        {
            if (port is < 0 or > 65535)
            {
                throw new LocalNeo4jException($"Port {port} is not a TCP port; use 1-65535, or 0 for a free one.");
            }
        }

        if (options.StartTimeout <= TimeSpan.Zero)
        {
            throw new LocalNeo4jException("StartTimeout must be positive.");
        }

        return heap;
    }

    private static string PreparePassword(InstanceLayout layout)
    {
        var passwordFile = PasswordFile.PathFor(layout.DataDirectory);
        if (!InitialAuthFile.HasUsers(layout.DataDirectory))
        {
            var password = PasswordFile.ReadOrCreate(passwordFile);
            InitialAuthFile.Write(layout.DataDirectory, DefaultUser, password);
            return password;
        }

        return PasswordFile.Read(passwordFile) ?? throw new LocalNeo4jException(
            $"The data directory {layout.DataDirectory} already has Neo4j users but no password file {passwordFile}. " +
            "Restore that file, or delete the data directory to start afresh with a new password.");
    }

    private static LocalNeo4jServer FromRecord(DetachedServerRecord record, string cache)
    {
        var password = PasswordFile.Read(PasswordFile.PathFor(record.DataDirectory)) ?? throw new LocalNeo4jException(
            $"The running Neo4j's password file {PasswordFile.PathFor(record.DataDirectory)} is missing. Stop the server (innograph neo4j stop) and restore the file or delete the data directory.");
        return new LocalNeo4jServer(
            record.ProcessId, record.HttpPort, record.BoltPort, password, record.Layout, watchdog: null, cache, record.HeapMegabytes, record.OwnerProcessId);
    }

    private static void ForgetStale(string cache, DetachedServerRecord record)
    {
        if (record.InstanceDirectory.Length > 0)
        {
            record.Layout.Delete();
        }

        DetachedStateFile.Delete(cache);
    }

    private void Kill()
    {
        if (IsRunning)
        {
            UnixProcess.Signal(ProcessId, UnixProcess.SigKill);
            UnixProcess.WaitForExitAsync(ProcessId, TimeSpan.FromSeconds(10), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private async Task FinishAsync()
    {
        if (_watchdog is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _watchdog.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _watchdog.Kill();
            }
        }

        _layout.Delete();
        ForgetOwnRecord();
    }

    /// <summary>Removes the state file only while it still describes this server, never a successor's.</summary>
    private void ForgetOwnRecord()
    {
        if (_cacheDirectory is not null && DetachedStateFile.Read(_cacheDirectory) is { } record && record.ProcessId == ProcessId)
        {
            DetachedStateFile.Delete(_cacheDirectory);
        }
    }
}
