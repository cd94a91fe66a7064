using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests;

[CollectionDefinition(SeededGraphCollection.Name)]
public sealed class SeededGraphCollectionDefinition : ICollectionFixture<SeededGraphFixture>;
