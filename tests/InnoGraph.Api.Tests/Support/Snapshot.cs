namespace InnoGraph.Api.Tests.Support;

/// <summary>
/// Compares text with an approved file in the repository. Run with UPDATE_SNAPSHOTS=1 to accept
/// the current text; review the diff before committing it.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, params string[] path)
    {
        var file = Repository.File(path);
        var normalised = actual.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, normalised);
        }

        File.Exists(file).Should().BeTrue($"the approved snapshot {file} should exist (run with UPDATE_SNAPSHOTS=1 to create it)");
        normalised.Should().Be(File.ReadAllText(file).ReplaceLineEndings("\n"), $"the output should match the approved {Path.GetFileName(file)}");
    }
}
