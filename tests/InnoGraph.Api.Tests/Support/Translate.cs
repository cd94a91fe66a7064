using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using InnoGraph.Api.GraphQL.Queries;
using InnoGraph.Api.Translation;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Translates the root fields of a query the way a request does, without a database.</summary>
internal static class Translate
{
    public static CypherStatement Single(string query) => All(query).Single().Value;

    public static IReadOnlyDictionary<string, CypherStatement> All(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var reader = new SelectionReader(TestSchema.Schema, document, new Variables());
        var roots = reader.Read(operation.SelectionSet, (IComplexGraphType)TestSchema.Schema.Query);
        return roots.ToDictionary(r => r.ResponseKey, r => QueryFields.Served.Read(r.FieldName)!.Plan(r).Statement);
    }
}
