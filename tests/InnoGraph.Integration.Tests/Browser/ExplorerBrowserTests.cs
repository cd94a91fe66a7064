using System.Buffers.Binary;
using System.Text.Json;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Integration.Tests.Export;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Browser;

/// <summary>
/// The explorer in a real browser against the API on the seeded Neo4j: what an analyst does, click by click,
/// checked against what the GraphQL API answers for the same question. Screenshots land in <c>TestResults/browser</c>.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ExplorerBrowserTests(SeededGraphFixture graph) : BrowserTest(graph)
{
    private const string Institute = "inst.tsinghua-yangtze-delta";

    private readonly GraphQLTestClient _graphql = SharedApi.For(graph).GraphQL();

    [Fact]
    public async Task the_explorer_opens_with_everything_from_its_own_host_and_no_script_error()
    {
        await Browser.OpenExplorerAsync(Page);

        (await Page.TitleAsync()).Should().Be("InnoGraph 创新图谱");
        (await Page.Locator("#views button").AllInnerTextsAsync()).Should().HaveCount(4).And.NotContain(string.Empty);
        (await Page.EvaluateAsync<int>("async () => (await document.fonts.load('16px \"Noto Sans SC\"', '嘉兴')).length")).Should().BeGreaterThan(0, "the Chinese font is bundled");
        await BrowserPage.ScreenshotAsync(Page, "explorer-start");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task searching_an_alias_puts_the_institute_on_the_canvas_and_a_double_click_expands_it()
    {
        await Browser.OpenExplorerAsync(Page);

        await Page.Locator("#search").PressSequentiallyAsync("清华长三院");
        var suggestion = Page.Locator($"#suggestions li[data-id='{Institute}']");
        await suggestion.WaitForAsync();
        (await suggestion.InnerTextAsync()).Should().Contain("浙江清华长三角研究院");
        await BrowserPage.RedrawnAfterAsync(Page, () => suggestion.DispatchEventAsync("mousedown"));
        (await NodeIdsAsync()).Should().Equal(Institute);
        (await Page.Locator("#details h2").InnerTextAsync()).Should().Be("浙江清华长三角研究院");
        await Page.Locator("#details li").GetByText("清华长三院", new() { Exact = true }).WaitForAsync();
        await Page.Locator("#details li").GetByText("浙江清華長三角研究院 (zh-Hant)", new() { Exact = true }).WaitForAsync();

        await BrowserPage.RedrawnAfterAsync(Page, async () =>
        {
            var (x, y) = await RenderedCentreAsync(Institute);
            await Page.Mouse.DblClickAsync(x, y);
        });

        var neighbours = await _graphql.DataAsync($$"""{ neighbourhood(ids: ["{{Institute}}"], depth: 1, limit: 25) { nodes { id } } }""");
        var expected = neighbours.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        (await NodeIdsAsync()).Should().BeEquivalentTo(expected).And.Contain(["univ.tsinghua", "region.jiaxing"]);
        await BrowserPage.ScreenshotAsync(Page, "explorer-expanded");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task the_collaboration_view_of_jiaxing_shows_its_network_nested_by_place()
    {
        await Browser.OpenExplorerAsync(Page);

        await BrowserPage.RedrawnAfterAsync(Page, () => Page.Locator("#views button[data-view='collaboration']").ClickAsync());

        var expected = await CollaborationNodeIdsAsync();
        (await NodeIdsAsync()).Should().BeEquivalentTo(expected);
        (await Page.EvaluateAsync<string?>($"() => innograph.cy.getElementById('{Institute}').parent().id() ?? null"))
            .Should().NotBeNullOrEmpty("a body sits inside its county or city");
        (await Page.EvaluateAsync<int>("() => innograph.cy.nodes(':parent').length")).Should().BeGreaterThan(1);
        await BrowserPage.ScreenshotAsync(Page, "explorer-collaboration-jiaxing");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task a_path_between_two_entities_is_highlighted_as_the_api_finds_it()
    {
        await Browser.OpenExplorerAsync(Page, "/?view=collaboration&city=嘉兴");
        var path = await _graphql.DataAsync($$"""{ shortestPath(from: "{{Institute}}", to: "univ.zju") { nodes { id } } }""");
        var expected = path.GetProperty("shortestPath").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        expected.Should().HaveCountGreaterThan(2);

        await Page.Locator("#path-from").FillAsync(Institute);
        await Page.Locator("#path-to").FillAsync("univ.zju");
        await BrowserPage.RedrawnAfterAsync(Page, () => Page.Locator("#find-path").ClickAsync());

        (await Page.EvaluateAsync<string[]>("() => innograph.cy.nodes('.path').map(n => n.id())")).Should().BeEquivalentTo(expected);
        (await Page.EvaluateAsync<int>("() => innograph.cy.edges('.path').length")).Should().Be(expected.Count - 1);
        Page.Url.Should().Contain("from=").And.Contain("to=univ.zju");
        await BrowserPage.ScreenshotAsync(Page, "explorer-path");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task the_view_exports_as_png_and_as_gexf_that_graphology_reads()
    {
        await Browser.OpenExplorerAsync(Page, "/?view=collaboration&city=嘉兴");

        var png = await DownloadAsync(() => Page.Locator("#export-png").ClickAsync());
        png.Name.Should().EndWith(".png");
        png.Bytes.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        BinaryPrimitives.ReadInt32BigEndian(png.Bytes.AsSpan(16)).Should().BeGreaterThan(200, "the PNG has the canvas's width");

        var gexf = await DownloadAsync(() => Page.Locator("#export-data a[data-format='graph.gexf']").ClickAsync());
        gexf.Name.Should().EndWith(".gexf");
        var parsed = await ExportFiles.ReadAsync("gexf", gexf.Bytes);
        parsed.NodeIds.Should().BeEquivalentTo(await CollaborationNodeIdsAsync());
        parsed.ShouldHaveNoDanglingEdges();
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task a_shared_url_restores_the_view_and_the_selection_for_someone_else()
    {
        await Browser.OpenExplorerAsync(Page, "/?view=collaboration&city=嘉兴");
        var chosen = await Page.EvaluateAsync<string>("""
            () => {
              const cy = innograph.cy;
              const canvas = document.querySelector('#cy');
              const box = canvas.getBoundingClientRect();
              // Shown (a kind the filters hide, such as indicators by default, cannot be clicked), and with its centre
              // on the canvas itself rather than under a panel or off the visible part.
              const clickable = n => {
                const p = n.renderedPosition();
                const x = box.left + p.x, y = box.top + p.y;
                return n.visible() && x > box.left + 10 && x < box.right - 10 && y > box.top + 10 && y < box.bottom - 10
                  && canvas.contains(document.elementFromPoint(x, y));
              };
              const shown = cy.nodes().filter(n => !n.isParent() && !n.data('more') && n.visible());
              const leaves = shown.filter(clickable);
              const inside = (p, b) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
              // A node no other shown node covers at its centre, so a click there selects it and nothing else.
              const free = leaves.filter(n => shown.every(o => o === n || !inside(n.position(), o.boundingBox())));
              return (free.length ? free : leaves)[0].id();
            }
            """);
        var (x, y) = await RenderedCentreAsync(chosen);
        await Page.Mouse.ClickAsync(x, y);
        await Page.WaitForFunctionAsync("id => location.search.includes('selected=' + encodeURIComponent(id))", chosen);
        var label = await Page.EvaluateAsync<string>($"() => innograph.cy.getElementById('{chosen}').data('label')");
        var shared = Page.Url;

        var colleague = await Browser.NewPageAsync();
        await colleague.GotoAsync(shared);
        await colleague.WaitForFunctionAsync("() => document.body.dataset.ready !== undefined");

        (await colleague.EvaluateAsync<string>("() => document.body.dataset.view")).Should().Be("collaboration");
        (await colleague.Locator("#city").InputValueAsync()).Should().Be("嘉兴");
        (await colleague.EvaluateAsync<string[]>("() => innograph.cy.$(':selected').map(e => e.id())")).Should().Equal(chosen);
        (await colleague.Locator("#details h2").InnerTextAsync()).Should().Be(label);
        (await colleague.EvaluateAsync<int>("() => innograph.cy.nodes().length")).Should().Be(await Page.EvaluateAsync<int>("() => innograph.cy.nodes().length"));
        await BrowserPage.ScreenshotAsync(colleague, "explorer-shared-url");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task the_responsibility_view_gives_a_tasks_owners_in_order_and_narrows_to_one_bureau()
    {
        const string task = "task.jx315.1-1";
        await Browser.OpenExplorerAsync(Page, "/?view=responsibility&plan=plan.jx315");
        var answer = await _graphql.DataAsync($$"""{ taskOwners(task: "{{task}}") { role order unit { id name } } }""");
        var owners = answer.GetProperty("taskOwners").EnumerateArray().OrderBy(o => o.GetProperty("order").GetInt64()).ToList();
        owners.Should().HaveCountGreaterThan(1);
        (await Page.EvaluateAsync<string[]>("() => [...new Set(innograph.cy.edges('[type = \"RESPONSIBLE_FOR\"]').map(e => e.style('line-style') + '/' + e.data('role')))]"))
            .Should().Contain(["solid/LEAD", "dashed/CO"], "LEAD and CO are drawn apart");

        await Page.Locator("#task").SelectOptionAsync(task);
        await Page.Locator("#details ol.owners li").First.WaitForAsync();

        var listed = await Page.Locator("#details ol.owners li").AllInnerTextsAsync();
        listed.Select(l => l.Split(' ')[0]).Should().Equal(owners.Select(o => o.GetProperty("unit").GetProperty("name").GetString()));
        listed[0].Should().EndWith("牵头");

        var lead = owners[0].GetProperty("unit").GetProperty("id").GetString()!;
        await BrowserPage.RedrawnAfterAsync(Page, () => Page.Locator("#bureau").SelectOptionAsync(lead));
        var tasks = await _graphql.DataAsync($$"""{ bureauTasks(bureau: "{{lead}}") { task { id } plan { id } } }""");
        var expected = tasks.GetProperty("bureauTasks").EnumerateArray()
            .Where(a => a.GetProperty("plan").GetProperty("id").GetString() == "plan.jx315")
            .Select(a => a.GetProperty("task").GetProperty("id").GetString()).Distinct().ToList();
        (await Page.EvaluateAsync<string[]>("() => innograph.cy.nodes('[kind = \"Task\"]').map(n => n.id())")).Should().BeEquivalentTo(expected);
        await BrowserPage.ScreenshotAsync(Page, "explorer-responsibility");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task clicking_a_link_between_cities_lists_the_bodies_behind_it()
    {
        await Browser.OpenExplorerAsync(Page, "/?view=cities");
        var edge = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const e = innograph.cy.edges().max(x => x.data('weight')).ele;
              const box = document.querySelector('#cy').getBoundingClientRect();
              const p = e.renderedMidpoint();
              return { id: e.id(), weight: e.data('weight'), via: e.data('via').length, x: box.left + p.x, y: box.top + p.y };
            }
            """);
        edge.GetProperty("weight").GetInt32().Should().Be(edge.GetProperty("via").GetInt32());

        await Page.Mouse.ClickAsync(edge.GetProperty("x").GetSingle(), edge.GetProperty("y").GetSingle());

        await Page.Locator("#details ul.via li").First.WaitForAsync();
        (await Page.Locator("#details ul.via li").CountAsync()).Should().Be(edge.GetProperty("via").GetInt32());
        await BrowserPage.ScreenshotAsync(Page, "explorer-cities");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    [Fact]
    public async Task the_interface_switches_to_english_and_stays_english_in_the_shared_url()
    {
        await Browser.OpenExplorerAsync(Page);

        await Page.Locator("#language").ClickAsync();

        (await Page.EvaluateAsync<string>("() => document.documentElement.lang")).Should().Be("en");
        (await Page.Locator("#views button[data-view='collaboration']").InnerTextAsync()).Should().Be("City collaboration network");
        Page.Url.Should().Contain("lang=en");
        Browser.ShouldHaveStayedCleanAndLocal();
    }

    private async Task<List<string>> CollaborationNodeIdsAsync()
    {
        var answer = await _graphql.DataAsync("""{ collaborationNetwork(city: "嘉兴") { nodes { id } } }""");
        return answer.GetProperty("collaborationNetwork").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>The entities on the canvas, without compound-only helpers such as "+N more" handles.</summary>
    private Task<string[]> NodeIdsAsync() => Page.EvaluateAsync<string[]>("() => innograph.cy.nodes().not('[?more]').map(n => n.id())");

    private async Task<(float X, float Y)> RenderedCentreAsync(string id)
    {
        var centre = await Page.EvaluateAsync<JsonElement>($$"""
            () => {
              const p = innograph.cy.getElementById('{{id}}').renderedPosition();
              const box = document.querySelector('#cy').getBoundingClientRect();
              return { x: box.left + p.x, y: box.top + p.y };
            }
            """);
        return (centre.GetProperty("x").GetSingle(), centre.GetProperty("y").GetSingle());
    }

    private async Task<(string Name, byte[] Bytes)> DownloadAsync(Func<Task> click)
    {
        var download = await Page.RunAndWaitForDownloadAsync(click);
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
