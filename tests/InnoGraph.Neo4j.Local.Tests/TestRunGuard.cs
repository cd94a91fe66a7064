using System.Runtime.CompilerServices;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

internal static class TestRunGuard
{
    /// <summary>Marks the processes this assembly's tests start, before the first one, so none outlives the run.</summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "A test assembly has no entry point of its own; this is the one hook that runs before its first test.")]
    internal static void Initialize() => TestProcessGuard.Install();
}
