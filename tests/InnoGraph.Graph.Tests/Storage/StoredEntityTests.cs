using InnoGraph.Domain.Model;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Graph.Tests.Storage;

public sealed class StoredEntityTests
{
    private static readonly GraphEntity Institute = new(
        "inst.demo",
        EntityKind.Institute,
        "示范研究院",
        "Demo Institute",
        [new Name("示范院", Scripts.Simplified), new Name("示範研究院", Scripts.Traditional), new Name("DI", Scripts.English)],
        ["d001:p3", "d001:p4"],
        new Dictionary<string, object> { ["founded"] = 2003L, ["level"] = "provincial" });

    [Fact]
    public void a_seeded_entity_holds_its_identity_names_sources_origin_version_and_typed_properties()
    {
        var row = StoredEntity.Seeded(Institute, "v1");

        row.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["id"] = "inst.demo",
            ["kind"] = "Institute",
            ["name"] = "示范研究院",
            ["nameEn"] = "Demo Institute",
            ["aliases"] = new[] { "示范院", "示範研究院", "DI" },
            ["aliasScripts"] = new[] { "zh-Hans", "zh-Hant", "en" },
            ["searchText"] = Institute.SearchText,
            ["nameKeys"] = new[] { "示范研究院", "demo institute", "示范院", "示範研究院", "di" },
            ["searchKeys"] = Institute.SearchKeys.ToArray(),
            ["sources"] = new[] { "d001:p3", "d001:p4" },
            ["origin"] = "seed",
            ["seedVersion"] = "v1",
            ["founded"] = 2003L,
            ["level"] = "provincial",
        });
    }

    [Fact]
    public void a_seeded_entity_without_an_english_name_has_no_name_en_at_all()
    {
        var row = StoredEntity.Seeded(Institute with { NameEn = null }, "v1");

        row.Should().NotContainKey("nameEn");
    }

    [Fact]
    public void aliases_and_their_scripts_are_stored_side_by_side_in_the_same_order()
    {
        var row = StoredEntity.Written(Institute, "alice", "2026-01-01T00:00:00.000Z");

        var aliases = (string[])row["aliases"]!;
        var scripts = (string[])row["aliasScripts"]!;
        aliases.Zip(scripts).Should().Equal(Institute.Aliases.Select(a => (a.Text, a.Script)));
    }

    [Fact]
    public void a_write_sets_names_search_text_typed_properties_and_who_and_when_but_not_identity_sources_or_origin()
    {
        var row = StoredEntity.Written(Institute, "alice", "2026-01-01T00:00:00.000Z");

        row.Keys.Should().BeEquivalentTo("name", "nameEn", "aliases", "aliasScripts", "searchText", "nameKeys", "searchKeys", "updatedBy", "updatedAt", "founded", "level");
        row["updatedBy"].Should().Be("alice");
        row["updatedAt"].Should().Be("2026-01-01T00:00:00.000Z");
        row["founded"].Should().Be(2003L);
    }

    [Fact]
    public void a_write_without_an_english_name_sets_it_to_null_so_that_a_stored_one_is_removed()
    {
        var row = StoredEntity.Written(Institute with { NameEn = null }, "alice", "2026-01-01T00:00:00.000Z");

        row.Should().ContainKey("nameEn").WhoseValue.Should().BeNull();
    }

    [Fact]
    public void a_write_creating_the_node_sets_its_kind_and_the_api_origin()
    {
        StoredEntity.Created(Institute).Should().BeEquivalentTo(new Dictionary<string, object?> { ["kind"] = "Institute", ["origin"] = "api" });
    }
}
