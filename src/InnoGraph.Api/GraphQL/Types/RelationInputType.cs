using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A relation to add.</summary>
internal sealed class RelationInputType : InputObjectGraphType
{
    public RelationInputType()
    {
        Name = "RelationInput";
        Field<NonNullGraphType<IdGraphType>>("from");
        Field<NonNullGraphType<StringGraphType>>("type").Description("A relation type, e.g. CO_BUILT_WITH.");
        Field<NonNullGraphType<IdGraphType>>("to");
        Field<StringGraphType>("key").Description("Only when two relations of this type join the same pair.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Description("Locators of where it is stated.");
        AddField(new FieldType { Name = "properties", ResolvedType = new GraphQLTypeReference("JSON"), Description = "The type's typed properties, as an object, e.g. { role: \"LEAD\", order: 1 }; whole numbers are 64-bit." });
    }
}
