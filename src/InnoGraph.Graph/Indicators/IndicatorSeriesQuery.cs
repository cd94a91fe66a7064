using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Indicators;

/// <summary>Per indicator of a region, the values by year with unit and status (actual, estimate, target).</summary>
public static class IndicatorSeriesQuery
{
    /// <param name="region">The region (or other measured entity): id, name or alias.</param>
    /// <param name="indicator">Only this indicator: id, name, alias or part of a name.</param>
    public static ReadPlan Plan(string region, string? indicator, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var measured = EntityResolution.Resolve(query, "region", region, []);
        var (ind, m, ms, series) = (query.Variable("ind"), query.Variable("m"), query.Variable("ms"), query.Variable("series"));
        var filter = "";
        if (indicator is not null && !string.IsNullOrWhiteSpace(indicator))
        {
            var forms = query.Param(NameMatch.Forms(indicator));
            filter = $" WHERE {ind}.id = {query.Param(indicator.Trim())} OR {NameMatch.NameOrAlias(query, ind, forms)} " +
                $"OR {NameMatch.Holds(query, ind, indicator)}";
        }

        query.Line($"OPTIONAL MATCH ({measured})-[{m}:{Type(RelationType.Measured)}]->({ind}:{Label(EntityKind.Indicator)}){filter}");
        query.With($"{ind}, {m}", $"ORDER BY {ind}.id, {m}.year, {m}.status, coalesce({m}.scope, ''), coalesce({m}.qualifier, ''), {m}.value");
        query.With($"{ind}, collect({m}) AS {ms}");
        query.With($"collect(CASE WHEN {ind} IS NULL THEN null ELSE {{ind: {ind}, ms: {ms}}} END) AS {series}");
        var s = query.Fresh("s");
        var o = query.Fresh("o");
        var points = $"[{o} IN {s}.ms | {{year: {o}.year, value: {o}.value, unit: {o}.unit, status: {o}.status, scope: {o}.scope, qualifier: {o}.qualifier, sources: {Provenance.Of(query, $"{o}.sources")}}}]";
        var entries = selection.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "indicator" => EntityProjection.Project(query, $"{s}.ind", c.Children),
            "region" => EntityProjection.Project(query, measured, c.Children),
            "points" => points,
            _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on a series."),
        });
        query.Return($"[{s} IN {series} | {{{string.Join(", ", entries)}}}]");
        return new ReadPlan(query.Build());
    }
}
