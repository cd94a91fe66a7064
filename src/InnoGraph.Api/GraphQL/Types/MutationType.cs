using GraphQL.Types;
using InnoGraph.Api.GraphQL.Mutations;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// Writes, for holders of an API key (header, see the README), built from <see cref="MutationFields"/>.
/// Each is checked with the seed loader's rules, carries its provenance and records who wrote it and when.
/// </summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(MutationFields fields)
    {
        Name = "Mutation";
        foreach (var field in fields.All)
        {
            AddField(field.Definition());
        }
    }
}
