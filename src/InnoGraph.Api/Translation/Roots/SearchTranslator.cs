using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>search(text, kinds, first)</c>: names, aliases and English names; best matches first.</summary>
internal sealed class SearchTranslator : IRootTranslator
{
    public string FieldName => "search";

    public ReadPlan Translate(FieldSelection field)
    {
        var text = field.String("text") ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TranslationException(ErrorCodes.InvalidArgument, "'text' must not be empty.");
        }

        var kinds = Allowlists.Kinds(field.Strings("kinds"), "kinds");
        var first = Limits.Default.Page(field.Int("first"), "first");
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var normalised = query.Param(SearchText.Normalize(text));
        var simplified = query.Param(ChineseScript.ToSimplified(text.Trim()));
        var raw = query.Param(text.Trim());
        var kindFilter = kinds.Count == 0 ? "" : $" AND n.kind IN {query.Param(kinds)}";
        query.Line($"OPTIONAL MATCH (n:Entity) WHERE (coalesce(n.searchText, toLower(n.name)) CONTAINS {normalised} OR n.id = {raw}){kindFilter}");
        query.With(
            $"n, CASE WHEN n.id = {raw} OR n.name = {simplified} THEN 0 " +
            $"WHEN {simplified} IN coalesce(n.aliases, []) OR {raw} IN coalesce(n.aliases, []) OR toLower(coalesce(n.nameEn, '')) = {normalised} THEN 1 " +
            $"WHEN n.name STARTS WITH {simplified} OR toLower(coalesce(n.nameEn, '')) STARTS WITH {normalised} THEN 2 " +
            $"WHEN n.name CONTAINS {simplified} THEN 3 ELSE 4 END AS rank",
            $"ORDER BY rank, size(coalesce(n.name, '')), n.id LIMIT {query.Param(first)}");
        query.With("collect(n) AS found");
        var x = query.Fresh("x");
        query.Return($"[{x} IN found | {EntityProjection.Project(query, x, field.Children)}]");
        return new ReadPlan(query.Build());
    }
}
