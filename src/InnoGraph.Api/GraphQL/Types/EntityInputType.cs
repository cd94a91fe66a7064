using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>An entity to create or update.</summary>
internal sealed class EntityInputType : InputObjectGraphType
{
    public EntityInputType()
    {
        Name = "EntityInput";
        Field<NonNullGraphType<IdGraphType>>("id").Description("PREFIX.slug, the prefix naming the kind, e.g. inst.example-institute.");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("An entity kind, e.g. Institute.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The canonical name.");
        Field<StringGraphType>("nameEn");
        AddField(new FieldType { Name = "aliases", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("AliasInput"))) });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Description("Locators of where it is named, e.g. d004:p13.");
        AddField(new FieldType { Name = "properties", ResolvedType = new GraphQLTypeReference("JSON"), Description = "The kind's typed properties, as an object, e.g. { founded: 2003 }; whole numbers are 64-bit." });
    }
}
