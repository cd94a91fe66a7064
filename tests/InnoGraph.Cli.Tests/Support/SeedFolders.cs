namespace InnoGraph.Cli.Tests.Support;

/// <summary>Small seed folders written for a test: one that validates, and one with a problem in each of two files.</summary>
internal static class SeedFolders
{
    private const string Sources = """
        sources:
          - id: d001
            kind: document
            file: 001.txt
            title: 测试文件
            paragraphs: 20
        """;

    private const string Entities = """
        entities:
          - id: inst.demo
            kind: Institute
            name: 示范研究院
            at: [d001:p3]
          - id: region.demo
            kind: Region
            name: 示范市
            at: [d001:p3]
        relations:
          - { from: inst.demo, type: LOCATED_IN, to: region.demo, at: [d001:p3] }
        """;

    public static string WriteValid(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "sources.yaml"), Sources);
        File.WriteAllText(Path.Combine(directory, "entities.yaml"), Entities);
        return directory;
    }

    /// <summary>A kind that does not exist in <c>entities.yaml</c>, a paragraph beyond the document's in <c>more.yaml</c>.</summary>
    public static string WriteBroken(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "sources.yaml"), Sources);
        File.WriteAllText(Path.Combine(directory, "entities.yaml"), Entities.Replace("kind: Institute", "kind: Spaceport", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "more.yaml"), """
            entities:
              - id: univ.demo
                kind: University
                name: 示范大学
                at: [d001:p99]
            """);
        return directory;
    }
}
