using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Which way a relation is followed from the entity.</summary>
internal sealed class DirectionType : EnumerationGraphType
{
    public DirectionType()
    {
        Name = "Direction";
        Add("OUT", "OUT", "Relations from this entity to others.");
        Add("IN", "IN", "Relations from others to this entity.");
        Add("BOTH", "BOTH", "Both.");
    }
}
