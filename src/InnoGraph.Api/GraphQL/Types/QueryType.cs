using GraphQL.Types;
using InnoGraph.Api.GraphQL.Queries;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// The queries, built from <see cref="QueryFields"/>. Every field is answered from one statement,
/// and all fields of a request travel to Neo4j together. Arguments that name an entity accept an
/// id, a canonical name, an English name or an alias, in simplified or traditional characters.
/// </summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(QueryFields fields)
    {
        Name = "Query";
        foreach (var field in fields.All)
        {
            AddField(field.Definition());
        }
    }
}
