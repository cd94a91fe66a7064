using InnoGraph.Neo4j.Client;

namespace InnoGraph.Testing;

/// <summary>Lets a fake Cypher client count its batches as the HTTP client does, so the API's <c>roundTrips</c> can be checked without a server.</summary>
public static class RoundTripCounting
{
    public static void CountOne(RoundTripCounter counter) => counter.Increment();
}
