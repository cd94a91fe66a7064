using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Indicators;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class IndicatorSeriesField : ReadField
{
    public override string Name => "indicatorSeries";

    public override IGraphType Type => TypeRefs.List("IndicatorSeries");

    public override string Description => "Indicator values of a region by year, with unit and actual/estimate/target.";

    public override QueryArguments Arguments => new(
        Argument("region", ArgumentTypes.Text),
        Argument("indicator", ArgumentTypes.OptionalText, "Only this indicator (id, name or part of a name)."));

    public override ReadPlan Plan(FieldSelection field) =>
        IndicatorSeriesQuery.Plan(field.String("region") ?? "", field.String("indicator"), field);
}
