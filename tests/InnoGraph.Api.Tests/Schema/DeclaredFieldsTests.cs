using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.GraphQL;
using InnoGraph.Api.GraphQL.Mutations;
using InnoGraph.Api.GraphQL.Queries;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Api.Mutations;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Schema;

/// <summary>The root types are exactly their declared fields, each with what answers it.</summary>
public sealed class DeclaredFieldsTests
{
    [Fact]
    public void the_query_type_has_exactly_the_declared_fields_and_every_one_that_reads_neo4j_has_a_read()
    {
        var served = TestSchema.Schema.Query.Fields.Select(f => f.Name).ToList();

        served.Should().Equal(QueryFields.Served.All.Select(f => f.Name));
        foreach (var field in TestSchema.Schema.Query.Fields)
        {
            field.Resolver.Should().NotBeNull($"{field.Name} needs a resolver");
            if (field.Resolver is RootFieldResolver)
            {
                QueryFields.Served.Read(field.Name).Should().NotBeNull($"{field.Name} is resolved from the request's batch, so it needs a read");
            }
        }
    }

    [Fact]
    public void the_mutation_type_has_exactly_the_declared_fields_each_written_by_the_mutation_batch_and_ingestion()
    {
        var mutation = TestSchema.Schema.Mutation!;

        // ingestDocument proposes and writes nothing, so it is the one mutation the batch does not run.
        mutation.Fields.Select(f => f.Name).Should().Equal([.. MutationFields.Served.All.Select(f => f.Name), "ingestDocument"]);
        mutation.Fields.Where(f => f.Name != "ingestDocument").Should().OnlyContain(f => f.Resolver is MutationResolver);
        mutation.Fields.Single(f => f.Name == "ingestDocument").Resolver.Should().NotBeOfType<MutationResolver>();
    }

    [Fact]
    public void two_schemas_built_in_one_process_do_not_share_field_arguments()
    {
        var first = new InnoGraphSchema(new DefaultServiceProvider());
        var second = new InnoGraphSchema(new DefaultServiceProvider());
        first.Initialize();
        second.Initialize();

        var arguments = (ISchema schema) => schema.Query.Fields.Find("collaborationNetwork")!.Arguments!.Find("city");
        arguments(first).Should().NotBeSameAs(arguments(second));
        arguments(second)!.ResolvedType.Should().NotBeNull();
    }
}
