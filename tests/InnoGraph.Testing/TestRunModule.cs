using System.Runtime.CompilerServices;

namespace InnoGraph.Testing;

internal static class TestRunModule
{
    /// <summary>The guard is in place before any code of this library starts a process (fixtures start Neo4j).</summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "A test assembly has no entry point of its own; this is the one hook that runs before its first test.")]
    internal static void Initialize() => TestProcessGuard.Install();
}
