namespace InnoGraph.Cli.Infrastructure;

/// <summary>Finds the seed folder: <c>--seeds</c>, else <c>INNOGRAPH_SEEDS</c>, else <c>seeds/</c> in the current folder or the nearest parent that has one.</summary>
public static class SeedFolder
{
    public const string Variable = "INNOGRAPH_SEEDS";

    public static string Resolve(string? given) =>
        Resolve(given, Environment.GetEnvironmentVariable(Variable), Directory.GetCurrentDirectory());

    /// <summary>The same choice, from the value of <c>INNOGRAPH_SEEDS</c> and the folder the search starts in.</summary>
    public static string Resolve(string? given, string? fromEnvironment, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Path.GetFullPath(given);
        }

        if (fromEnvironment is { Length: > 0 })
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "sources.yaml")))
            {
                return candidate;
            }
        }

        throw new CliException(ExitCodes.Usage, "No seed folder found: run from the repository (it has seeds/sources.yaml) or pass --seeds PATH.");
    }
}
