using GraphQL.Types;
using InnoGraph.Api.Mutations;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// Writes, for holders of an API key (header, see the README). Each is checked with the seed
/// loader's rules, carries its provenance and records who wrote it and when.
/// </summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.Add("upsertEntity", TypeRefs.NonNull("Entity"), "Creates an entity or updates its names, sources and properties. Its kind cannot change.", MutationResolver.Instance, new QueryArguments(
            Argument("input", TypeRefs.NonNull("EntityInput"))));
        this.Add("addRelation", TypeRefs.NonNull("RelationEdge"), "Adds a relation (or updates its sources and properties); returns it seen from 'from'.", MutationResolver.Instance, new QueryArguments(
            Argument("input", TypeRefs.NonNull("RelationInput"))));
        this.Add("removeRelation", typeof(NonNullGraphType<BooleanGraphType>), "Removes a relation by id; false when there was none.", MutationResolver.Instance, new QueryArguments(
            Argument("id", typeof(NonNullGraphType<IdGraphType>), "from|TYPE|to or from|TYPE|to|key.")));
    }
}
