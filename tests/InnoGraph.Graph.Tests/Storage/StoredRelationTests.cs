using InnoGraph.Domain.Model;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Graph.Tests.Storage;

public sealed class StoredRelationTests
{
    private static readonly GraphRelation Measured = new(
        "region.jiaxing",
        RelationType.Measured,
        "ind.gdp",
        "2023-actual",
        ["d001:p9"],
        new Dictionary<string, object> { ["year"] = 2023L, ["value"] = 7062.45, ["unit"] = "亿元", ["status"] = "actual" });

    [Fact]
    public void a_seeded_relation_with_a_key_holds_its_id_key_sources_origin_version_and_typed_properties()
    {
        var props = StoredRelation.Seeded(Measured, "v1");

        props.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["id"] = "region.jiaxing|MEASURED|ind.gdp|2023-actual",
            ["key"] = "2023-actual",
            ["sources"] = new[] { "d001:p9" },
            ["origin"] = "seed",
            ["seedVersion"] = "v1",
            ["year"] = 2023L,
            ["value"] = 7062.45,
            ["unit"] = "亿元",
            ["status"] = "actual",
        });
    }

    [Fact]
    public void a_seeded_relation_without_a_key_has_no_key_at_all()
    {
        var props = StoredRelation.Seeded(Measured with { Key = null }, "v1");

        props.Should().NotContainKey("key");
        props["id"].Should().Be("region.jiaxing|MEASURED|ind.gdp");
    }

    [Fact]
    public void a_write_sets_the_key_typed_properties_and_who_and_when_but_not_the_id_sources_or_origin()
    {
        var props = StoredRelation.Written(Measured, "alice", "2026-01-01T00:00:00.000Z");

        props.Keys.Should().BeEquivalentTo("key", "updatedBy", "updatedAt", "year", "value", "unit", "status");
        props["key"].Should().Be("2023-actual");
        StoredRelation.Created().Should().BeEquivalentTo(new Dictionary<string, object?> { ["origin"] = "api" });
    }
}
