namespace InnoGraph.Cli.Infrastructure;

/// <summary>Finds the seed folder: <c>--seeds</c>, else <c>INNOGRAPH_SEEDS</c>, else <c>seeds/</c> in the current folder or the nearest parent that has one.</summary>
public static class SeedFolder
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Path.GetFullPath(given);
        }

        if (Environment.GetEnvironmentVariable("INNOGRAPH_SEEDS") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
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
