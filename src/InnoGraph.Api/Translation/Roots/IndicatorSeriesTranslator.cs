using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>indicatorSeries(region, indicator)</c>: per indicator, the values by year with unit and status.</summary>
internal sealed class IndicatorSeriesTranslator : IRootTranslator
{
    public string FieldName => "indicatorSeries";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var region = EntityResolution.Resolve(query, "region", field.String("region") ?? "", []);
        var filter = "";
        if (field.String("indicator") is { } indicator && !string.IsNullOrWhiteSpace(indicator))
        {
            var names = query.Param(new[] { indicator.Trim(), ChineseScript.ToSimplified(indicator.Trim()) }.Distinct().ToList());
            filter = $" WHERE ind.id = {query.Param(indicator.Trim())} OR ind.name IN {names} OR any(x IN coalesce(ind.aliases, []) WHERE x IN {names}) " +
                $"OR coalesce(ind.searchText, toLower(ind.name)) CONTAINS {query.Param(SearchText.Normalize(indicator))}";
        }

        query.Line($"OPTIONAL MATCH ({region})-[m:MEASURED]->(ind:Indicator){filter}");
        query.With("ind, m", "ORDER BY ind.id, m.year, m.status, coalesce(m.scope, ''), coalesce(m.qualifier, ''), m.value");
        query.With("ind, collect(m) AS ms");
        query.With("collect(CASE WHEN ind IS NULL THEN null ELSE {ind: ind, ms: ms} END) AS series");
        var s = query.Fresh("s");
        var o = query.Fresh("o");
        var points = $"[{o} IN {s}.ms | {{year: {o}.year, value: {o}.value, unit: {o}.unit, status: {o}.status, scope: {o}.scope, qualifier: {o}.qualifier, sources: {Provenance.Of(query, $"{o}.sources")}}}]";
        var entries = field.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "indicator" => EntityProjection.Project(query, $"{s}.ind", c.Children),
            "region" => EntityProjection.Project(query, region, c.Children),
            "points" => points,
            _ => throw new TranslationException(ErrorCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on a series."),
        });
        query.Return($"[{s} IN series | {{{string.Join(", ", entries)}}}]");
        return new ReadPlan(query.Build());
    }
}
