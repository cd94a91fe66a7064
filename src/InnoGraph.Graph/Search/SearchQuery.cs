using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Search;

/// <summary>What to search for: part of a name, alias or English name, optionally only some kinds.</summary>
public sealed record SearchRequest(string Text, IReadOnlyList<string>? Kinds = null, int? First = null);

/// <summary>
/// Entities by name, alias or English name, in either script; best matches first. Candidates come
/// from the query's rarest search key (<see cref="SearchKeys"/>) and the id's constraint, never from
/// a scan; the search text then decides which of them match.
/// </summary>
public static class SearchQuery
{
    public static ReadPlan Plan(SearchRequest request, FieldSelection selection)
    {
        var text = request.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TranslationException(RefusalCodes.InvalidArgument, "'text' must not be empty.");
        }

        var kinds = Allowlists.Kinds(request.Kinds, "kinds");
        var first = Limits.Default.Page(request.First, "first");
        var query = ReadStatement.Begin();
        var n = query.Variable("n");
        var normalised = NameMatch.SearchKey(query, text);
        var simplified = query.Param(ChineseScript.ToSimplified(text.Trim()));
        var raw = query.Param(text.Trim());
        var kindFilter = kinds.Count == 0 ? "" : $" AND {n}.kind IN {query.Param(kinds)}";
        var matched = NameMatch.Candidates(query, text, n, $"{NameMatch.Holds(query, n, text)}{kindFilter}");
        query.Line($"OPTIONAL MATCH ({n}:Entity {{id: {raw}}}) WHERE true{kindFilter}");
        query.With($"{CypherLists.Distinct(query, $"collect({n})", matched.Name)} AS {matched}");
        query.Line($"UNWIND CASE WHEN size({matched}) = 0 THEN [null] ELSE {matched} END AS {n}");
        query.With(
            $"{n}, CASE WHEN {n}.id = {raw} OR {n}.name = {simplified} THEN 0 " +
            $"WHEN {simplified} IN coalesce({n}.aliases, []) OR {raw} IN coalesce({n}.aliases, []) OR toLower(coalesce({n}.nameEn, '')) = {normalised} THEN 1 " +
            $"WHEN {n}.name STARTS WITH {simplified} OR toLower(coalesce({n}.nameEn, '')) STARTS WITH {normalised} THEN 2 " +
            $"WHEN {n}.name CONTAINS {simplified} THEN 3 ELSE 4 END AS rank",
            $"ORDER BY rank, size(coalesce({n}.name, '')), {n}.id LIMIT {query.Param(first)}");
        var found = query.Variable("found");
        query.With($"collect({n}) AS {found}");
        var y = query.Fresh("x");
        query.Return($"[{y} IN {found} | {EntityProjection.Project(query, y, selection.Children)}]");
        return new ReadPlan(query.Build());
    }
}
