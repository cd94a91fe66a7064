using InnoGraph.Testing;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Files inside the repository.</summary>
internal static class Repository
{
    public static string File(params string[] parts) => Path.Combine([RepositoryPaths.Root, .. parts]);
}
