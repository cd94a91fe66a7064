using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>One API host for the seeded graph, shared by the API tests of the collection.</summary>
internal static class SharedApi
{
    private static readonly Lock Gate = new();
    private static (SeededGraphFixture Graph, SeededApiFactory Factory)? _shared;

    public static SeededApiFactory For(SeededGraphFixture graph)
    {
        lock (Gate)
        {
            if (_shared is { } shared && ReferenceEquals(shared.Graph, graph))
            {
                return shared.Factory;
            }

            var factory = new SeededApiFactory(graph);
            _shared = (graph, factory);
            return factory;
        }
    }
}
