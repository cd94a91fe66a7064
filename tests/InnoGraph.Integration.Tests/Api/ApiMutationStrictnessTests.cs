using System.Net;
using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// Writes are as strict as the loader on the real graph: locators must cite a paragraph the
/// document has (its count read from the Document node in the write's own statement), and 64-bit
/// whole numbers are stored and read back exactly, so orders above 2^31 keep their place.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiMutationStrictnessTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Upsert = """
        mutation($input: EntityInput!) { upsertEntity(input: $input) { id ... on Institute { founded } } }
        """;

    private const string AddRelation = """
        mutation($input: RelationInput!) { addRelation(input: $input) { id order } }
        """;

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Theory]
    [InlineData("d001:p0", "locator d001:p0: d001 has paragraphs p1 to p53")]
    [InlineData("d001:p54", "locator d001:p54: d001 has paragraphs p1 to p53")]
    [InlineData("d001:p99999", "locator d001:p99999: d001 has paragraphs p1 to p53")]
    [InlineData("d001:intro", "locator d001:intro: a document's anchor is a paragraph, pN")]
    [InlineData("d999:p1", "names the source 'd999'")]
    public async Task an_entity_citing_a_paragraph_its_document_does_not_have_is_refused_and_not_written(string locator, string reason)
    {
        var (status, body) = await Client.SendAsync(Upsert, new
        {
            input = new { id = "inst.api-strict-probe", kind = "Institute", name = "严格测试研究院", sources = new[] { "d004:p1", locator } },
        }, SeededApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain(reason).And.NotContain("d004:p1");
        (await CountAsync("MATCH (n:Entity {id: 'inst.api-strict-probe'}) RETURN count(n) AS n")).Should().Be(0);
    }

    [Fact]
    public async Task a_relation_citing_a_paragraph_past_the_end_is_refused_and_the_graph_keeps_its_relations()
    {
        await CreateAsync("inst.api-strict-probe", "Institute", "严格测试研究院");

        var (_, body) = await Client.SendAsync(AddRelation, new
        {
            input = new { from = "inst.api-strict-probe", type = "LOCATED_IN", to = "region.jiaxing", sources = new[] { "d004:p24" } },
        }, SeededApiFactory.Key);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain("d004 has paragraphs p1 to p23");
        (await CountAsync("MATCH (:Entity {id: 'inst.api-strict-probe'})-[r]->() RETURN count(r) AS n")).Should().Be(0);
    }

    [Fact]
    public async Task a_reference_source_is_cited_by_its_key_and_the_last_paragraph_of_a_document_is_accepted()
    {
        var data = await Client.DataAsync(Upsert, new
        {
            input = new { id = "inst.api-strict-probe", kind = "Institute", name = "严格测试研究院", sources = new[] { "ref-gbt2260:330400", "d001:p53" } },
        }, SeededApiFactory.Key);

        data.GetProperty("upsertEntity").GetProperty("id").GetString().Should().Be("inst.api-strict-probe");
    }

    [Theory]
    [InlineData(3000000000L)]
    [InlineData(9007199254740993L)]
    [InlineData(long.MaxValue)]
    public async Task a_64_bit_founded_year_is_stored_and_read_back_exactly(long founded)
    {
        var written = await Client.DataAsync(Upsert, new
        {
            input = new { id = "inst.api-strict-probe", kind = "Institute", name = "严格测试研究院", sources = new[] { "d001:p9" }, properties = new { founded } },
        }, SeededApiFactory.Key);
        var read = await Client.DataAsync("""{ entity(id: "inst.api-strict-probe") { ... on Institute { founded } } }""");
        var node = await Client.DataAsync("""{ neighbourhood(ids: ["inst.api-strict-probe"], depth: 1, limit: 1) { nodes { id properties } } }""");

        written.GetProperty("upsertEntity").GetProperty("founded").GetRawText().Should().Be(founded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        read.GetProperty("entity").GetProperty("founded").GetRawText().Should().Be(founded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await graph.QueryAsync<Stored>("MATCH (n:Entity {id: 'inst.api-strict-probe'}) RETURN n.founded AS value"))[0].Value.Should().Be(founded);
        var probe = node.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "inst.api-strict-probe");
        probe.GetProperty("properties").GetProperty("founded").GetRawText().Should().Be(founded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task owners_with_orders_above_2_to_the_31_keep_their_order_and_their_exact_values()
    {
        await CreateAsync("task.api-strict-task", "Task", "严格测试任务");
        await CreateAsync("gov.api-strict-lead", "GovernmentBody", "严格测试牵头单位");
        await CreateAsync("gov.api-strict-second", "GovernmentBody", "严格测试第二单位");
        await CreateAsync("gov.api-strict-third", "GovernmentBody", "严格测试第三单位");
        await CreateAsync("gov.api-strict-fourth", "GovernmentBody", "严格测试第四单位");

        // Written out of order, so the answer's order can only come from the stored values.
        foreach (var (unit, role, order) in new[]
                 {
                     ("gov.api-strict-fourth", "CO", 9007199254740993L),
                     ("gov.api-strict-lead", "LEAD", 1L),
                     ("gov.api-strict-third", "CO", 9007199254740992L),
                     ("gov.api-strict-second", "CO", 3000000000L),
                 })
        {
            var edge = await Client.DataAsync(AddRelation, new
            {
                input = new { from = unit, type = "RESPONSIBLE_FOR", to = "task.api-strict-task", sources = new[] { "d004:p13" }, properties = new { role, order } },
            }, SeededApiFactory.Key);
            edge.GetProperty("addRelation").GetProperty("order").GetRawText().Should().Be(order.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var owners = await Client.DataAsync("""{ taskOwners(task: "task.api-strict-task") { role order unit { id } } }""");

        owners.GetProperty("taskOwners").EnumerateArray().Select(o => (o.GetProperty("unit").GetProperty("id").GetString(), o.GetProperty("role").GetString(), o.GetProperty("order").GetRawText()))
            .Should().Equal(
                ("gov.api-strict-lead", "LEAD", "1"),
                ("gov.api-strict-second", "CO", "3000000000"),
                ("gov.api-strict-third", "CO", "9007199254740992"),
                ("gov.api-strict-fourth", "CO", "9007199254740993"));
    }

    [Fact]
    public async Task a_whole_number_beyond_64_bits_is_refused_and_the_stored_value_is_kept()
    {
        await Client.DataAsync(Upsert, new
        {
            input = new { id = "inst.api-strict-probe", kind = "Institute", name = "严格测试研究院", sources = new[] { "d001:p9" }, properties = new { founded = 2003 } },
        }, SeededApiFactory.Key);

        var (_, body) = await Client.SendAsync(Upsert, new
        {
            input = JsonDocument.Parse("""{"id": "inst.api-strict-probe", "kind": "Institute", "name": "严格测试研究院", "sources": ["d001:p9"], "properties": {"founded": 9223372036854775808}}""").RootElement,
        }, SeededApiFactory.Key);

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("out of range for founded");
        (await graph.QueryAsync<Stored>("MATCH (n:Entity {id: 'inst.api-strict-probe'}) RETURN n.founded AS value"))[0].Value.Should().Be(2003);
    }

    private Task CreateAsync(string id, string kind, string name) =>
        Client.DataAsync(Upsert, new { input = new { id, kind, name, sources = new[] { "d004:p13" } } }, SeededApiFactory.Key);

    private async Task<long> CountAsync(string cypher) => (await graph.QueryAsync<Count>(cypher))[0].N;

    private Task CleanAsync() =>
        graph.QueryAsync<Count>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-strict-' OR n.id STARTS WITH 'gov.api-strict-' OR n.id STARTS WITH 'task.api-strict-' DETACH DELETE n RETURN count(*) AS n");

    public sealed record Count(long N);

    public sealed record Stored(long Value);
}
