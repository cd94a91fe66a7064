using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>An entity kind: its id prefix and typed properties.</summary>
internal sealed class KindInfoType : ObjectGraphType
{
    public KindInfoType()
    {
        Name = "KindInfo";
        this.Add("name", typeof(NonNullGraphType<StringGraphType>));
        this.Add("idPrefix", typeof(NonNullGraphType<StringGraphType>));
        this.Add("properties", TypeRefs.NonNullList("PropertyInfo"));
    }
}
