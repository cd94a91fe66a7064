namespace InnoGraph.Testing;

/// <summary>Finds folders of the repository from a test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The source documents, kept beside the repository in <c>../shared/seeds</c>. The folder may be absent; tests that need it say so.</summary>
    public static string SourceDocuments => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InnoGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No InnoGraph.sln above {AppContext.BaseDirectory}.");
    }
}
