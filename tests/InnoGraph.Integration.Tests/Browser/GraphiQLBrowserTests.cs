using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Browser;

/// <summary>GraphiQL at <c>/graphiql/</c> in a real browser: a browser asking for <c>/graphql</c> lands there, and a typed query runs.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class GraphiQLBrowserTests(SeededGraphFixture graph) : BrowserTest(graph)
{

    [Fact]
    public async Task a_query_typed_into_graphiql_runs_against_the_api()
    {
        await Page.GotoAsync(new Uri(Host.Address, "/graphql").ToString());
        new Uri(Page.Url).AbsolutePath.Should().Be("/graphiql/");
        var editor = Page.Locator(".graphiql-query-editor .monaco-editor").First;
        await editor.WaitForAsync();
        // The schema arrives by introspection before the documentation explorer can list the root type.
        await Page.Locator(".graphiql-container").WaitForAsync();

        await editor.ClickAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Delete");
        await Page.Keyboard.InsertTextAsync("""{ search(text: "清华长三院", first: 1) { id name } taskOwners(task: "打造新型实验室体系") { role order unit { id name } } }""");
        var answer = await Page.RunAndWaitForResponseAsync(
            () => Page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST" && (r.Request.PostData ?? "").Contains("taskOwners"));

        answer.Status.Should().Be(200);
        using var body = JsonDocument.Parse(await answer.TextAsync());
        body.RootElement.TryGetProperty("errors", out _).Should().BeFalse();
        var data = body.RootElement.GetProperty("data");
        data.GetProperty("search")[0].GetProperty("id").GetString().Should().Be("inst.tsinghua-yangtze-delta");
        data.GetProperty("taskOwners").EnumerateArray().Select(o => o.GetProperty("role").GetString()).Should().StartWith("LEAD");
        var response = Page.Locator(".graphiql-response");
        await response.GetByText("inst.tsinghua-yangtze-delta").First.WaitForAsync();
        (await response.InnerTextAsync()).Should().NotContain("\"errors\"");
        await BrowserPage.ScreenshotAsync(Page, "graphiql-query");
        Browser.ShouldHaveStayedCleanAndLocal();
    }
}
