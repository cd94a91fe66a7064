using System.Globalization;
using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>The query fields on the curated dataset, checked against the graph itself.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiQueryTests(SeededGraphFixture graph)
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    /// <summary>
    /// What d004.yaml states for the science bureau: every task it is responsible for, its role and
    /// the locator, in the plan's order (action, then task); tasks 4.3 and 6.2 are not its.
    /// </summary>
    private static readonly (string Task, string Role, string Action, string Locator)[] ScienceBureauTasks =
    [
        ("task.jx315.1-1", "LEAD", "action.jx315.1", "d004:p11#t1.1"),
        ("task.jx315.1-2", "CO", "action.jx315.1", "d004:p12#t1.2"),
        ("task.jx315.1-3", "LEAD", "action.jx315.1", "d004:p13#t1.3"),
        ("task.jx315.1-4", "CO", "action.jx315.1", "d004:p14#t1.4"),
        ("task.jx315.2-1", "LEAD", "action.jx315.2", "d004:p14#t2.1"),
        ("task.jx315.2-2", "LEAD", "action.jx315.2", "d004:p15#t2.2"),
        ("task.jx315.3-1", "LEAD", "action.jx315.3", "d004:p16#t3.1"),
        ("task.jx315.3-2", "LEAD", "action.jx315.3", "d004:p17#t3.2"),
        ("task.jx315.3-3", "CO", "action.jx315.3", "d004:p18#t3.3"),
        ("task.jx315.4-1", "CO", "action.jx315.4", "d004:p19#t4.1"),
        ("task.jx315.4-2", "LEAD", "action.jx315.4", "d004:p20#t4.2"),
        ("task.jx315.4-4", "CO", "action.jx315.4", "d004:p22#t4.4"),
        ("task.jx315.5-1", "LEAD", "action.jx315.5", "d004:p23#t5.1"),
        ("task.jx315.5-2", "LEAD", "action.jx315.5", "d004:p23#t5.2"),
        ("task.jx315.5-3", "LEAD", "action.jx315.5", "d004:p4#t5.3"),
        ("task.jx315.6-1", "LEAD", "action.jx315.6", "d004:p5#t6.1"),
        ("task.jx315.6-3", "LEAD", "action.jx315.6", "d004:p7#t6.3"),
    ];

    [Fact]
    public async Task bureau_tasks_list_what_the_science_bureau_leads_and_supports_with_action_and_plan()
    {
        var data = await Client.DataAsync("""
            { bureauTasks(bureau: "gov.jiaxing.science-bureau") { role unit { id } task { id number } action { id } plan { id } sources { locator kind } } }
            """);

        var tasks = data.GetProperty("bureauTasks").EnumerateArray().ToList();
        tasks.Select(t => (
                t.GetProperty("task").GetProperty("id").GetString()!,
                t.GetProperty("role").GetString()!,
                t.GetProperty("action").GetProperty("id").GetString()!,
                string.Join(" ", t.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("locator").GetString()))))
            .Should().Equal(ScienceBureauTasks);
        tasks.Select(t => t.GetProperty("task").GetProperty("number").GetString())
            .Should().Equal(ScienceBureauTasks.Select(e => e.Task["task.jx315.".Length..].Replace('-', '.')), "a task's number is its place in the plan");
        tasks.Should().OnlyContain(t => t.GetProperty("unit").GetProperty("id").GetString() == "gov.jiaxing.science-bureau");
        tasks.Should().OnlyContain(t => t.GetProperty("plan").GetProperty("id").GetString() == "plan.jx315");
        tasks.Should().OnlyContain(t => t.GetProperty("sources").EnumerateArray().All(s => s.GetProperty("kind").GetString() == "DOCUMENT"));
    }

    [Fact]
    public async Task a_bureau_is_found_by_its_short_name_as_the_plan_writes_it()
    {
        var data = await Client.DataAsync("""{ bureauTasks(bureau: "嘉兴市科技局") { task { id } } }""");

        data.GetProperty("bureauTasks").EnumerateArray().Select(t => t.GetProperty("task").GetProperty("id").GetString())
            .Should().Equal(ScienceBureauTasks.Select(e => e.Task));
    }

    [Fact]
    public async Task task_owners_come_in_the_source_order_with_their_roles()
    {
        // d004.yaml, task 1.1 (d004:p11#t1.1): the science bureau leads; four bureaus work with it, in this order.
        (string Unit, string Role, int Order)[] expected =
        [
            ("gov.jiaxing.science-bureau", "LEAD", 1),
            ("gov.jiaxing.drc", "CO", 2),
            ("gov.jiaxing.economy-bureau", "CO", 3),
            ("gov.jiaxing.education-bureau", "CO", 4),
            ("gov.jiaxing.finance-bureau", "CO", 5),
        ];

        var data = await Client.DataAsync("""{ taskOwners(task: "task.jx315.1-1") { role order unit { id } task { id } sources { locator } } }""");

        var owners = data.GetProperty("taskOwners").EnumerateArray().ToList();
        owners.Select(o => (o.GetProperty("unit").GetProperty("id").GetString()!, o.GetProperty("role").GetString()!, o.GetProperty("order").GetInt32()))
            .Should().Equal(expected);
        owners.Should().OnlyContain(o => o.GetProperty("task").GetProperty("id").GetString() == "task.jx315.1-1");
        owners.Should().OnlyContain(o => o.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("locator").GetString()).SequenceEqual(new[] { "d004:p11#t1.1" }));
    }

    [Fact]
    public async Task search_matches_traditional_characters_and_puts_the_exact_name_first()
    {
        var data = await Client.DataAsync("""{ search(text: "清華大學") { id name } }""");

        data.GetProperty("search")[0].GetProperty("id").GetString().Should().Be("univ.tsinghua");
    }

    [Fact]
    public async Task search_finds_english_names_case_insensitively_and_filters_by_kind()
    {
        var data = await Client.DataAsync("""{ search(text: "tsinghua", kinds: ["Institute"]) { id kind } }""");

        var hits = data.GetProperty("search").EnumerateArray().ToList();
        hits.Should().Contain(h => h.GetProperty("id").GetString() == "inst.tsinghua-yangtze-delta");
        hits.Should().OnlyContain(h => h.GetProperty("kind").GetString() == "Institute");
    }

    [Fact]
    public async Task the_collaboration_network_of_jiaxing_shows_a_co_built_institute_its_partner_and_the_partner_city()
    {
        var data = await Client.DataAsync("""
            { collaborationNetwork(city: "嘉兴") { nodes { id kind } edges { id source target type sources { locator kind } } } }
            """);

        var network = data.GetProperty("collaborationNetwork");
        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        nodes.Should().Contain(["inst.tsinghua-yangtze-delta", "univ.tsinghua", "region.beijing"]);
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        edges.Should().Contain(e => e.GetProperty("type").GetString() == "CO_BUILT_WITH" && e.GetProperty("source").GetString() == "inst.tsinghua-yangtze-delta" && e.GetProperty("target").GetString() == "univ.tsinghua");
        edges.Should().Contain(e => e.GetProperty("source").GetString() == "univ.tsinghua" && e.GetProperty("target").GetString() == "region.beijing"
            && e.GetProperty("sources")[0].GetProperty("kind").GetString() == "REFERENCE");
        edges.Should().OnlyContain(e => nodes.Contains(e.GetProperty("source").GetString()) && nodes.Contains(e.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task city_collaboration_links_jiaxing_to_beijing_through_its_institutes()
    {
        var data = await Client.DataAsync("""{ cityCollaboration(city: "嘉兴市") { edges { source target weight via { id } } } }""");

        var link = data.GetProperty("cityCollaboration").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("source").GetString() == "region.jiaxing" && e.GetProperty("target").GetString() == "region.beijing");
        var via = link.GetProperty("via").EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        via.Should().Contain("inst.tsinghua-yangtze-delta");
        link.GetProperty("weight").GetDouble().Should().Be(via.Count);
        data.GetProperty("cityCollaboration").GetProperty("edges").EnumerateArray()
            .Should().NotContain(e => e.GetProperty("source").GetString() == "region.beijing" && e.GetProperty("target").GetString() == "region.jiaxing", "links point from the institute's city to its partner's");
    }

    [Fact]
    public async Task a_shortest_path_joins_tsinghua_to_jiaxing_through_relations_that_exist()
    {
        var data = await Client.DataAsync("""{ shortestPath(from: "清华大学", to: "嘉兴市") { nodes { id } edges { id source target type } } }""");

        var path = data.GetProperty("shortestPath");
        var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        nodes.First().Should().Be("univ.tsinghua");
        nodes.Last().Should().Be("region.jiaxing");
        var edges = path.GetProperty("edges").EnumerateArray().ToList();
        edges.Should().HaveCount(nodes.Count - 1);
        foreach (var edge in edges)
        {
            var stored = await graph.QueryAsync<Count>(
                "MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS n",
                ("from", edge.GetProperty("source").GetString()), ("to", edge.GetProperty("target").GetString()), ("type", edge.GetProperty("type").GetString()));
            stored[0].N.Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public async Task an_indicator_series_lists_values_by_year_with_unit_and_status()
    {
        // Every observation the seeds hold for Jiaxing, per indicator, by year then status.
        var expected = graph.Dataset.Relations
            .Where(r => r.Type == RelationType.Measured && r.From == "region.jiaxing")
            .GroupBy(r => r.To)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => Point(Convert.ToInt64(r.Properties["year"], CultureInfo.InvariantCulture), Convert.ToDouble(r.Properties["value"], CultureInfo.InvariantCulture), (string)r.Properties["unit"], (string)r.Properties["status"]))
                    .Order(StringComparer.Ordinal)
                    .ToList());
        expected.Should().ContainKey("ind.rd-intensity");

        var data = await Client.DataAsync("""{ indicatorSeries(region: "region.jiaxing") { indicator { id } points { year value unit status } } }""");

        var series = data.GetProperty("indicatorSeries").EnumerateArray().ToDictionary(
            s => s.GetProperty("indicator").GetProperty("id").GetString()!,
            s => s.GetProperty("points").EnumerateArray()
                .Select(p => Point(p.GetProperty("year").GetInt64(), p.GetProperty("value").GetDouble(), p.GetProperty("unit").GetString()!, p.GetProperty("status").GetString()!))
                .ToList());
        series.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (indicator, points) in series)
        {
            // Points of one year and status (e.g. national and provincial counts) have no order among themselves.
            points.Should().BeEquivalentTo(expected[indicator], indicator);
            points.Select(p => p[..p.IndexOf(' ', 5)]).Should().BeInAscendingOrder(StringComparer.Ordinal, $"{indicator} lists its points by year, then status");
        }
    }

    // Years have four digits, so the text up to the second space sorts as year, then status.
    private static string Point(long year, double value, string unit, string status) =>
        string.Create(CultureInfo.InvariantCulture, $"{year} {status} {value:R} {unit}");

    [Fact]
    public async Task a_neighbourhood_keeps_to_its_limit_and_its_edges_join_returned_nodes()
    {
        var data = await Client.DataAsync("""{ neighbourhood(ids: ["region.jiaxing"], depth: 2, limit: 15) { nodes { id kind label properties } edges { id source target type } } }""");

        var graphPart = data.GetProperty("neighbourhood");
        var nodes = graphPart.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        nodes.Should().HaveCount(16).And.Contain("region.jiaxing").And.OnlyHaveUniqueItems();
        graphPart.GetProperty("edges").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(e => nodes.Contains(e.GetProperty("source").GetString()) && nodes.Contains(e.GetProperty("target").GetString()));
        graphPart.GetProperty("nodes")[0].GetProperty("properties").TryGetProperty("searchText", out _).Should().BeFalse();
    }

    [Fact]
    public async Task the_responsibility_network_weighs_pairs_of_units_by_the_tasks_they_share()
    {
        // From the seed facts: the plan's tasks (PART_OF an action PART_OF the plan, or of the plan itself),
        // and for each pair of units responsible for one of them, the tasks they share.
        var partOf = graph.Dataset.Relations.Where(r => r.Type == RelationType.PartOf).ToList();
        var actions = partOf.Where(r => r.To == "plan.jx315").Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var tasks = partOf.Where(r => r.From.StartsWith("task.", StringComparison.Ordinal) && (actions.Contains(r.To) || r.To == "plan.jx315"))
            .Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var owners = graph.Dataset.Relations.Where(r => r.Type == RelationType.ResponsibleFor && tasks.Contains(r.To)).ToList();
        var expected = owners
            .SelectMany(a => owners.Where(b => b.To == a.To && string.CompareOrdinal(a.From, b.From) < 0).Select(b => (A: a.From, B: b.From, Task: a.To)))
            .GroupBy(p => (p.A, p.B))
            .Select(g => $"{g.Key.A} {g.Key.B} {g.Select(p => p.Task).Distinct().Count()} {string.Join(",", g.Select(p => p.Task).Distinct().Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();
        expected.Should().HaveCountGreaterThan(10, "the plan's tasks have several units each");

        var data = await Client.DataAsync("""{ responsibilityNetwork(plan: "plan.jx315") { edges { source target weight via { id } } } }""");

        var edges = data.GetProperty("responsibilityNetwork").GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("target").GetString()} {e.GetProperty("weight").GetDouble()} " +
                string.Join(",", e.GetProperty("via").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        edges.Should().Equal(expected);
    }

    [Fact]
    public async Task paging_through_relations_visits_every_edge_once_in_order()
    {
        var (total, small) = await PageThroughAsync(7);
        var (_, large) = await PageThroughAsync(100);

        small.Should().HaveCount(total).And.OnlyHaveUniqueItems();
        total.Should().BeGreaterThan(7);
        small.Should().Equal(large, "pages of any size follow the one order of the connection");
    }

    private async Task<(int Total, List<string> Seen)> PageThroughAsync(int first)
    {
        var total = -1;
        string? after = null;
        var seen = new List<string>();
        do
        {
            var data = await Client.DataAsync(
                """query($first: Int, $after: String) { entity(id: "region.jiaxing") { relations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { id node { name } } } } }""",
                new { first, after });
            var connection = data.GetProperty("entity").GetProperty("relations");
            total = connection.GetProperty("totalCount").GetInt32();
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            var page = connection.GetProperty("pageInfo");
            after = page.GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return (total, seen);
    }

    [Fact]
    public async Task an_unknown_name_gets_not_found_while_other_fields_still_answer()
    {
        var (_, body) = await Client.SendAsync("""{ bureauTasks(bureau: "不存在的局") { role } entity(id: "region.jiaxing") { name } }""");

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("NOT_FOUND");
        body.GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("bureauTasks");
        body.GetProperty("data").GetProperty("bureauTasks").ValueKind.Should().Be(JsonValueKind.Null);
        body.GetProperty("data").GetProperty("entity").GetProperty("name").GetString().Should().Be("嘉兴市");
    }

    public sealed record Count(long N);
}
