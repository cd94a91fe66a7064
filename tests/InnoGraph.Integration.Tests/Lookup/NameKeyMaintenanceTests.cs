using InnoGraph.Domain.Model;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Schema;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Lookup;

/// <summary>The :NameKey links follow every write of an entity's names: a load, a load that changes them, an API upsert, a backfill, a delete.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class NameKeyMaintenanceTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Id = "inst.namekey-test-probe";

    private static readonly GraphEntity Probe = new(
        Id, EntityKind.Institute, "键名测试研究院", "Name Key Test Institute", [new Name("键名院", "zh-Hans")], ["d001:p9"], new Dictionary<string, object>());

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task a_loaded_entity_is_linked_from_the_keys_of_all_its_names_and_resolves_by_each()
    {
        await LoadAsync(Probe);

        (await LinkedKeysAsync()).Should().BeEquivalentTo("键名测试研究院", "name key test institute", "键名院");
        (await NameLookups.CandidatesAsync(graph, "键名院")).Should().Equal(Id);
        (await NameLookups.CandidatesAsync(graph, "name key test institute")).Should().Equal(Id);
    }

    [Fact]
    public async Task a_second_load_with_a_changed_alias_drops_the_old_key_and_keeps_the_others_in_place()
    {
        await LoadAsync(Probe);
        var kept = await LinkIdAsync("键名测试研究院");

        await LoadAsync(Probe with { Aliases = [new Name("新键名", "zh-Hans")] });

        (await LinkedKeysAsync()).Should().BeEquivalentTo("键名测试研究院", "name key test institute", "新键名");
        (await LinkIdAsync("键名测试研究院")).Should().Be(kept, "a key the entity still has keeps its link");
        (await NameLookups.CandidatesAsync(graph, "键名院")).Should().BeEmpty();
        (await NameLookups.CandidatesAsync(graph, "新键名")).Should().Equal(Id);
    }

    [Fact]
    public async Task an_api_upsert_that_renames_and_adds_an_alias_moves_the_keys_in_the_same_request()
    {
        await Client.DataAsync(
            "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }",
            new { input = new { id = Id, kind = "Institute", name = "键名测试研究院", aliases = new[] { new { name = "键名院", script = "zh-Hans" } }, sources = new[] { "d001:p9" } } },
            SeededApiFactory.Key);
        await Client.DataAsync(
            "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }",
            new { input = new { id = Id, kind = "Institute", name = "改名研究院", nameEn = "Renamed Institute", aliases = new[] { new { name = "键名院", script = "zh-Hans" }, new { name = "改名院", script = "zh-Hans" } }, sources = new[] { "d001:p9" } } },
            SeededApiFactory.Key);

        (await LinkedKeysAsync()).Should().BeEquivalentTo("改名研究院", "renamed institute", "键名院", "改名院");
        (await NameLookups.CandidatesAsync(graph, "键名测试研究院")).Should().BeEmpty();
        (await NameLookups.CandidatesAsync(graph, "改名院")).Should().Equal(Id);
    }

    [Fact]
    public async Task the_backfill_gives_keys_to_an_entity_written_without_them()
    {
        await LoadAsync(Probe);
        await RunAsync("MATCH (k:NameKey)-[l:NAMES]->(e:Entity {id: $id}) DELETE l REMOVE e.nameKeys RETURN count(*) AS n");

        var keyed = await new NameKeyBackfill(graph.Cypher).RunAsync(CancellationToken.None);

        keyed.Should().BeGreaterThan(0);
        (await LinkedKeysAsync()).Should().BeEquivalentTo("键名测试研究院", "name key test institute", "键名院");
        (await new NameKeyBackfill(graph.Cypher).RunAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task a_deleted_entity_leaves_no_link()
    {
        await LoadAsync(Probe);

        await CleanAsync();

        (await graph.QueryAsync<Count>("MATCH (k:NameKey)-[:NAMES]->() WHERE k.key IN ['键名院', '键名测试研究院'] RETURN count(*) AS n")).Single().N.Should().Be(0);
    }

    private Task LoadAsync(GraphEntity entity) =>
        graph.Cypher.RunAsync(GraphStatements.UpsertEntities(entity.Kind, [entity], "namekey-test"), WorkKind.RetrySafe, CancellationToken.None);

    private async Task<IReadOnlyList<string>> LinkedKeysAsync() =>
        (await graph.QueryAsync<KeyRow>("MATCH (k:NameKey)-[:NAMES]->(:Entity {id: $id}) RETURN k.key AS key", ("id", Id))).Select(k => k.Key).ToList();

    private async Task<long> LinkIdAsync(string key) =>
        (await graph.QueryAsync<Count>("MATCH (:NameKey {key: $key})-[l:NAMES]->(:Entity {id: $id}) RETURN id(l) AS n", ("key", key), ("id", Id))).Single().N;

    private Task RunAsync(string cypher) => graph.QueryAsync<Count>(cypher, ("id", Id));

    private Task CleanAsync() => RunAsync("MATCH (n:Entity {id: $id}) DETACH DELETE n RETURN count(*) AS n");

    private sealed record Count(long N);

    private sealed record KeyRow(string Key);
}
