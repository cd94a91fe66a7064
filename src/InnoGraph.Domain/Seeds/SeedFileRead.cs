namespace InnoGraph.Domain.Seeds;

/// <summary>One seed file read: its declarations, the problems found within it, and a hash of its path and text.</summary>
internal sealed record SeedFileRead(string File, SeedSectionReader Declarations, IReadOnlyList<SeedProblem> Problems, byte[] ContentHash)
{
    public static SeedFileRead Of(string file, string text)
    {
        var problems = new List<SeedProblem>();
        var reader = new SeedSectionReader(problems);
        if (YamlSeedReader.Read(file, text, problems) is { } root)
        {
            reader.Read(root);
        }

        return new SeedFileRead(file, reader, problems, DatasetVersion.OfFile(file, text));
    }
}
