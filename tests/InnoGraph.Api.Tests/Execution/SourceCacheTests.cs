using System.Text.Json;
using InnoGraph.Api.Execution;
using InnoGraph.Graph.Reading.Projection;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Tests.Execution;

/// <summary>A statement that cites sources is sent with the version held; the sources it reads replace the table, and "current" keeps it.</summary>
public sealed class SourceCacheTests
{
    private static readonly CypherStatement Citing = new("RETURN 1", new Dictionary<string, object?> { ["p0"] = "x", [Provenance.HeldVersionParameter] = null });

    [Fact]
    public void a_statement_that_cites_sources_is_sent_with_the_version_held_and_any_other_as_it_is()
    {
        var other = new CypherStatement("RETURN 2", new Dictionary<string, object?> { ["p0"] = "x" });
        var held = new SourceTable("v7", Documents());

        SourceCache.Stamp(Citing, held).Parameters![Provenance.HeldVersionParameter].Should().Be("v7");
        SourceCache.Stamp(Citing, held).Parameters!["p0"].Should().Be("x");
        SourceCache.Stamp(Citing, null).Parameters![Provenance.HeldVersionParameter].Should().BeNull();
        SourceCache.Stamp(Citing, new SourceTable("", Documents())).Parameters![Provenance.HeldVersionParameter].Should().BeNull("a graph no load recorded is read every time");
        SourceCache.Stamp(other, held).Should().BeSameAs(other);
    }

    [Fact]
    public void sources_read_by_a_statement_become_the_table_later_requests_are_sent_with()
    {
        var cache = new SourceCache();

        var table = cache.Read(Result("""{"version": "v7", "documents": [{"id": "d001", "title": "甲", "kind": "DOCUMENT"}, {"id": "ref-x", "title": "乙", "kind": "REFERENCE"}]}"""), held: null);

        table!.Version.Should().Be("v7");
        table.Find("ref-x")!.Value.GetProperty("kind").GetString().Should().Be("REFERENCE");
        table.Find("d009").Should().BeNull();
        cache.Held.Should().BeSameAs(table);
    }

    [Fact]
    public void a_statement_that_found_the_held_sources_current_is_answered_with_them()
    {
        var cache = new SourceCache();
        var held = cache.Read(Result("""{"version": "v7", "documents": [{"id": "d001", "title": "甲", "kind": "DOCUMENT"}]}"""), held: null);

        var answered = cache.Read(Result("""{"version": null, "documents": []}"""), held);

        answered.Should().BeSameAs(held);
        cache.Held.Should().BeSameAs(held);
        cache.Read(new CypherResult(["data"], [[JsonSerializer.SerializeToElement(1)]]), held).Should().BeNull("a statement that cites no source returns none");
    }

    private static JsonElement Documents() => JsonSerializer.SerializeToElement(Array.Empty<object>());

    private static CypherResult Result(string sources) =>
        new(["data", "__refs", Provenance.SourcesColumn], [[JsonSerializer.SerializeToElement(1), JsonSerializer.SerializeToElement(Array.Empty<object>()), JsonDocument.Parse(sources).RootElement.Clone()]]);
}
