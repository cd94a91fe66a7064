using InnoGraph.Domain.Model;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Graph.Tests.Storage;

public sealed class StoredPropertiesTests
{
    [Fact]
    public void no_typed_property_of_a_kind_or_relation_type_takes_the_name_of_a_storage_field()
    {
        var typed = EntityKinds.All.SelectMany(k => k.Properties).Concat(RelationTypes.All.SelectMany(r => r.Properties)).Select(p => p.Name);

        typed.Should().NotIntersectWith(StoredProperties.Internal);
    }

    [Fact]
    public void every_property_a_seeded_or_written_map_holds_is_a_storage_field_or_a_typed_property()
    {
        var entity = new GraphEntity("inst.demo", EntityKind.Institute, "示范研究院", "Demo", [new Name("示范院", Scripts.Simplified)], ["d001:p3"], new Dictionary<string, object> { ["founded"] = 2003L });
        var relation = new GraphRelation("inst.demo", RelationType.CoBuiltWith, "univ.demo", "g60", ["d001:p3"], new Dictionary<string, object> { ["since"] = 2003L });

        var names = StoredEntity.Seeded(entity, "v1").Keys
            .Concat(StoredEntity.Written(entity, "alice", "now").Keys)
            .Concat(StoredEntity.Created(entity).Keys)
            .Concat(StoredRelation.Seeded(relation, "v1").Keys)
            .Concat(StoredRelation.Written(relation, "alice", "now").Keys)
            .Concat(StoredRelation.Created().Keys);

        names.Except(StoredProperties.Internal).Should().BeEquivalentTo("founded", "since");
    }
}
