using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>The values of one indicator for one region, by year.</summary>
internal sealed class IndicatorSeriesType : ObjectGraphType
{
    public IndicatorSeriesType()
    {
        Name = "IndicatorSeries";
        var byKey = JsonFieldResolver.ByResponseKey;
        this.Add("indicator", TypeRefs.NonNull("Indicator"), resolver: byKey);
        this.Add("region", TypeRefs.NonNull("Entity"), "The region (or other entity) measured.", byKey);
        this.Add("points", TypeRefs.NonNullList("Observation"), "By year, then status.", byKey);
    }
}
