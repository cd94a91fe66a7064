using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// <c>Query</c> or <c>Mutation</c>, built from its declared fields. Query fields are answered from
/// one statement each, and all fields of a request travel to Neo4j together; arguments that name an
/// entity accept an id, a canonical name, an English name or an alias, in either script. Mutations
/// are for holders of an API key (header, see the README); each is checked with the seed loader's
/// rules, carries its provenance and records who wrote it and when.
/// </summary>
internal sealed class RootFieldsType : ObjectGraphType
{
    public RootFieldsType(string name, IEnumerable<DeclaredField> fields)
    {
        Name = name;
        foreach (var field in fields)
        {
            AddField(field.Definition());
        }
    }
}
