using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Another name of an entity and its script.</summary>
internal sealed class AliasType : ObjectGraphType
{
    public AliasType()
    {
        Name = "Alias";
        this.Add("name", typeof(NonNullGraphType<StringGraphType>));
        this.Add("script", typeof(StringGraphType), "zh-Hans, zh-Hant or en.");
    }
}
