namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>Servers are started one at a time: two cores, and each start is CPU-bound for a few seconds.</summary>
[CollectionDefinition(Name)]
public sealed class LocalNeo4jCollection : ICollectionFixture<LocalNeo4jCacheFixture>
{
    public const string Name = "local neo4j";
}
