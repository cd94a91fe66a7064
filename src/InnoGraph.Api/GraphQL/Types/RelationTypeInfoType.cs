using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A relation type: the kinds it joins (empty: any) and its typed properties.</summary>
internal sealed class RelationTypeInfoType : ObjectGraphType
{
    public RelationTypeInfoType()
    {
        Name = "RelationTypeInfo";
        this.Add("name", typeof(NonNullGraphType<StringGraphType>));
        this.Add("fromKinds", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        this.Add("toKinds", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        this.Add("properties", TypeRefs.NonNullList("PropertyInfo"));
    }
}
