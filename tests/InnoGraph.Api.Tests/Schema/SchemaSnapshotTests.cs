using GraphQL;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Schema;

public sealed class SchemaSnapshotTests
{
    [Fact]
    public void served_schema_matches_the_checked_in_sdl()
    {
        var sdl = TestSchema.Schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });

        Snapshot.Match(sdl, "src", "InnoGraph.Api", "schema.graphql");
    }

    [Fact]
    public void every_entity_kind_has_a_type_implementing_entity_with_its_typed_properties()
    {
        foreach (var kind in InnoGraph.Domain.Model.EntityKinds.All)
        {
            var type = TestSchema.Schema.AllTypes[kind.Label] as global::GraphQL.Types.IObjectGraphType;

            type.Should().NotBeNull($"{kind.Label} should have a GraphQL type");
            type!.ResolvedInterfaces.Select(i => i.Name).Should().Contain("Entity");
            type.Fields.Select(f => f.Name).Should().Contain(kind.Properties.Select(p => p.Name));
        }
    }
}
