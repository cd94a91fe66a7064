using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Another name; the script is inferred when omitted (Chinese: zh-Hans, Latin: en).</summary>
internal sealed class AliasInputType : InputObjectGraphType
{
    public AliasInputType()
    {
        Name = "AliasInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("script").Description("zh-Hans, zh-Hant or en.");
    }
}
