using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>One value of an indicator.</summary>
internal sealed class ObservationType : ObjectGraphType
{
    public ObservationType()
    {
        Name = "Observation";
        this.Add("year", typeof(LongGraphType));
        this.Add("value", typeof(FloatGraphType));
        this.Add("unit", typeof(StringGraphType));
        this.Add("status", typeof(StringGraphType), "actual, estimate or target.");
        this.Add("scope", typeof(StringGraphType));
        this.Add("qualifier", typeof(StringGraphType));
        this.Add("sources", TypeRefs.NonNullList("Provenance"));
    }
}
