using InnoGraph.Domain.Seeds;
using InnoGraph.Testing;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class SeedJsonSchemaTests
{
    [Fact]
    public void the_checked_in_schema_is_the_one_the_catalogue_generates()
    {
        var path = Path.Combine(RepositoryPaths.Seeds, "schema", "seed.schema.json");
        var generated = SeedJsonSchema.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "seeds/schema/seed.schema.json must follow the kind and relation catalogues; regenerate it with UPDATE_SNAPSHOTS=1 dotnet test tests/InnoGraph.Domain.Tests and review the diff");
    }

    [Fact]
    public void the_schema_names_every_kind_and_relation_type_of_the_catalogue()
    {
        var schema = SeedJsonSchema.Generate();

        foreach (var kind in Domain.Model.EntityKinds.All.Where(k => k.Kind != Domain.Model.EntityKind.Document))
        {
            schema.Should().Contain($"\"{kind.Label}\"");
        }

        foreach (var type in Domain.Model.RelationTypes.All)
        {
            schema.Should().Contain($"\"{type.Name}\"");
        }
    }
}
