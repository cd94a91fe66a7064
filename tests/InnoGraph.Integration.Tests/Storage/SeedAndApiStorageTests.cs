using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Storage;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Storage;

/// <summary>
/// An entity and a relation written through the API are stored as a seed load stores them: the same
/// property names and values, apart from the bookkeeping of where they came from.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SeedAndApiStorageTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string TwinSlug = "api-storage-twin";

    private const string Upsert = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }";

    private const string AddRelation = "mutation($input: RelationInput!) { addRelation(input: $input) { id } }";

    private static readonly string[] SeedOnly = [StoredProperties.SeedVersion];

    private static readonly string[] ApiOnly = [StoredProperties.UpdatedBy, StoredProperties.UpdatedAt];

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task an_entity_written_through_the_api_has_the_stored_properties_of_the_same_entity_loaded_from_seeds()
    {
        var seeded = graph.Dataset.Entities
            .Where(e => e.Kind != EntityKind.Document && e.NameEn is not null && e.Properties.Count > 0 && e.Aliases.Select(a => a.Script).Distinct().Count() > 1)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .First();
        var twin = Twin(seeded);

        await Client.DataAsync(Upsert, new { input = EntityInput(twin) }, SeededApiFactory.Key);

        var stored = await StoredAsync("MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties", seeded.Id);
        var written = await StoredAsync("MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties", twin.Id);
        written.Keys.Except(ApiOnly).Should().BeEquivalentTo(stored.Keys.Except(SeedOnly));
        written[StoredProperties.Origin].GetString().Should().Be(StorageOrigins.Api);
        stored[StoredProperties.Origin].GetString().Should().Be(StorageOrigins.Seed);
        foreach (var name in stored.Keys.Except([StoredProperties.Id, StoredProperties.Name, StoredProperties.NameEn, StoredProperties.Aliases, StoredProperties.SearchText, StoredProperties.NameKeys, StoredProperties.SearchKeys, StoredProperties.Origin, .. SeedOnly]))
        {
            written[name].GetRawText().Should().Be(stored[name].GetRawText(), $"{name} is stored from the same value");
        }
    }

    [Fact]
    public async Task a_relation_written_through_the_api_has_the_stored_properties_of_the_same_relation_loaded_from_seeds_key_included()
    {
        var seeded = graph.Dataset.Relations
            .Where(r => r.Key is not null && r.Properties.Count > 0 && RelationTypes.Of(r.Type).FromKinds.Count == 0)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .First();
        var from = graph.Dataset.Entities.Single(e => e.Id == seeded.From);
        var twinFrom = Twin(from);
        var twin = seeded with { From = twinFrom.Id };
        await Client.DataAsync(Upsert, new { input = EntityInput(twinFrom) }, SeededApiFactory.Key);

        await Client.DataAsync(AddRelation, new { input = RelationInput(twin) }, SeededApiFactory.Key);

        const string read = "MATCH ()-[r]->() WHERE r.id = $id RETURN properties(r) AS properties";
        var stored = await StoredAsync(read, seeded.Id);
        var written = await StoredAsync(read, twin.Id);
        written.Keys.Except(ApiOnly).Should().BeEquivalentTo(stored.Keys.Except(SeedOnly));
        written[StoredProperties.Key].GetString().Should().Be(seeded.Key);
        foreach (var name in stored.Keys.Except([StoredProperties.Id, StoredProperties.Origin, .. SeedOnly]))
        {
            written[name].GetRawText().Should().Be(stored[name].GetRawText(), $"{name} is stored from the same value");
        }
    }

    [Fact]
    public async Task a_write_without_an_english_name_removes_the_stored_one_and_keeps_typed_properties_it_does_not_give()
    {
        var id = $"inst.{TwinSlug}";
        await Client.DataAsync(Upsert, new { input = new { id, kind = "Institute", name = "存储对照研究院", nameEn = "Storage Twin", sources = new[] { "d001:p9" }, properties = new { founded = 2020 } } }, SeededApiFactory.Key);

        await Client.DataAsync(Upsert, new { input = new { id, kind = "Institute", name = "存储对照研究院", sources = new[] { "d001:p9" } } }, SeededApiFactory.Key);

        var stored = await StoredAsync("MATCH (n:Entity {id: $id}) RETURN properties(n) AS properties", id);
        stored.Should().NotContainKey(StoredProperties.NameEn);
        stored["founded"].GetInt64().Should().Be(2020);
    }

    // Another id and other names (so that no name lookup finds two entities), the rest the same.
    private static GraphEntity Twin(GraphEntity entity) => entity with
    {
        Id = $"{EntityKinds.Of(entity.Kind).IdPrefix}.{TwinSlug}",
        Name = entity.Name + "对照",
        NameEn = entity.NameEn is null ? null : entity.NameEn + " twin",
        Aliases = entity.Aliases.Select(a => a with { Text = a.Text + "对照" }).ToList(),
    };

    private static object EntityInput(GraphEntity entity) => new
    {
        id = entity.Id,
        kind = entity.Kind.ToString(),
        name = entity.Name,
        nameEn = entity.NameEn,
        aliases = entity.Aliases.Select(a => new { name = a.Text, script = a.Script }),
        sources = entity.Sources,
        properties = entity.Properties,
    };

    private static object RelationInput(GraphRelation relation) => new
    {
        from = relation.From,
        type = RelationTypes.Of(relation.Type).Name,
        to = relation.To,
        key = relation.Key,
        sources = relation.Sources,
        properties = relation.Properties,
    };

    private async Task<IReadOnlyDictionary<string, JsonElement>> StoredAsync(string cypher, string id)
    {
        var rows = await graph.QueryAsync<Stored>(cypher, ("id", id));
        rows.Should().ContainSingle($"'{id}' is stored once");
        return rows[0].Properties;
    }

    private Task CleanAsync() =>
        graph.QueryAsync<Removed>($"MATCH (n:Entity) WHERE n.id ENDS WITH '.{TwinSlug}' DETACH DELETE n RETURN count(*) AS n");

    private sealed record Stored(Dictionary<string, JsonElement> Properties);

    private sealed record Removed(long N);
}
