using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>How relation edges are ordered; every order ends with the relation id, so it is total.</summary>
internal sealed class RelationOrderType : EnumerationGraphType
{
    public RelationOrderType()
    {
        Name = "RelationOrder";
        Add("NAME", "NAME", "By the other entity's name.");
        Add("TYPE", "TYPE", "By relation type, then name.");
        Add("ORDER", "ORDER", "By the relation's order property (the source's order), then name.");
    }
}
