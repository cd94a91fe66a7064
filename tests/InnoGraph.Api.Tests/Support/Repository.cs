namespace InnoGraph.Api.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "InnoGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InnoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
