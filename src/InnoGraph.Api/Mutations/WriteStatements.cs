using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// One statement per write. Checks that need the graph (existing kind, endpoints, sources and
/// their paragraph counts) run inside it, and the write happens only when they pass, so a refused
/// write changes nothing and a request still takes one round trip.
/// </summary>
internal static class WriteStatements
{
    private const string SourcesVariable = "__sources";

    public static CypherQuery UpsertEntity(GraphEntity entity, string actor, string now, IReadOnlyList<SelectionNode> selection)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        SourceFacts(query, entity.Sources);
        var id = query.Param(entity.Id);
        var kind = query.Param(entity.Kind.ToString());
        var label = EntityKinds.Of(entity.Kind).Label;
        query.Line($"OPTIONAL MATCH (existing:Entity {{id: {id}}})");
        query.With($"existing, {BadSources(query, entity.Sources)} AS badSources");
        query.With($"existing, badSources, (existing IS NULL OR existing.kind = {kind}) AND size(badSources) = 0 AS ok");
        query.Line("FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |");
        query.Line($"  MERGE (n:Entity {{id: {id}}}) ON CREATE SET n.origin = 'api', n.kind = {kind}");
        query.Line($"  SET n:{label}, n.name = {query.Param(entity.Name)}, n.nameEn = {query.Param(entity.NameEn)}, " +
            $"n.aliases = {query.Param(entity.Aliases.Select(a => a.Text).ToList())}, n.aliasScripts = {query.Param(entity.Aliases.Select(a => a.Script).ToList())}, " +
            $"n.sources = {Union(query, "n.sources", entity.Sources)}, n.searchText = {query.Param(entity.SearchText)}, " +
            $"n.updatedBy = {query.Param(actor)}, n.updatedAt = {query.Param(now)}, n += {query.Param(entity.Properties)})");
        query.With("existing, badSources, ok");
        query.Line($"OPTIONAL MATCH (n:Entity {{id: {id}}})");
        query.Line($"RETURN CASE WHEN ok THEN {EntityProjection.Project(query, "n", selection)} END AS data, existing.kind AS existingKind, badSources, {SourcesVariable} AS sourceFacts");
        return query;
    }

    public static CypherQuery AddRelation(GraphRelation relation, RelationTypeSpec spec, string actor, string now, SelectionNode edge)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        SourceFacts(query, relation.Sources);
        var from = query.Param(relation.From);
        var to = query.Param(relation.To);
        var id = query.Param(relation.Id);
        var fromKinds = query.Param(spec.FromKinds.Select(k => k.ToString()).ToList());
        var toKinds = query.Param(spec.ToKinds.Select(k => k.ToString()).ToList());
        query.Line($"OPTIONAL MATCH (a:Entity {{id: {from}}})");
        query.Line($"OPTIONAL MATCH (b:Entity {{id: {to}}})");
        query.With($"a, b, {BadSources(query, relation.Sources)} AS badSources");
        query.With($"a, b, badSources, a IS NOT NULL AND b IS NOT NULL AND (size({fromKinds}) = 0 OR a.kind IN {fromKinds}) AND (size({toKinds}) = 0 OR b.kind IN {toKinds}) AND size(badSources) = 0 AS ok");
        query.Line("FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |");
        query.Line($"  MERGE (a)-[r:{spec.Name} {{id: {id}}}]->(b) ON CREATE SET r.origin = 'api'");
        query.Line($"  SET r.sources = {Union(query, "r.sources", relation.Sources)}, r.updatedBy = {query.Param(actor)}, r.updatedAt = {query.Param(now)}, r += {query.Param(relation.Properties)})");
        query.With("a, b, badSources, ok");
        query.Line($"OPTIONAL MATCH (a)-[r:{spec.Name} {{id: {id}}}]->(b)");
        var e = query.Fresh("e");
        var n = query.Fresh("n");
        var entries = edge.Children.Select(c => $"`{c.ResponseKey}`: {ConnectionProjection.EdgeField(query, e, n, c)}");
        query.Line($"RETURN CASE WHEN ok AND r IS NOT NULL THEN head([{e} IN [{{k: r.id, r: r, m: b, d: 'OUT'}}] | head([{n} IN [{e}.m] | {{{string.Join(", ", entries)}}}])]) END AS data, " +
            $"a.kind AS fromKind, b.kind AS toKind, badSources, {SourcesVariable} AS sourceFacts");
        return query;
    }

    public static CypherQuery RemoveRelation(string from, RelationTypeSpec spec, string to, string id)
    {
        var query = new CypherQuery();
        query.Line($"OPTIONAL MATCH (:Entity {{id: {query.Param(from)}}})-[r:{spec.Name} {{id: {query.Param(id)}}}]->(:Entity {{id: {query.Param(to)}}})");
        query.Line("WITH r, r IS NOT NULL AS found");
        query.Line("DELETE r");
        query.Line("RETURN found AS data");
        return query;
    }

    // A write adds its locators to those already recorded, so seed provenance is never lost.
    private static string Union(CypherQuery query, string existing, IReadOnlyList<string> sources)
    {
        var s = query.Fresh("s");
        return $"coalesce({existing}, []) + [{s} IN {query.Param(sources)} WHERE NOT {s} IN coalesce({existing}, [])]";
    }

    /// <summary>
    /// The facts <see cref="Domain.Validation.LocatorRules"/> needs of the sources the locators name,
    /// read in the write's own statement; they come back as <c>sourceFacts</c> so that a refusal can
    /// say what is wrong with the rules' own words.
    /// </summary>
    private static void SourceFacts(CypherQuery query, IReadOnlyList<string> sources)
    {
        var ids = sources.Select(s => s.Split(':')[0]).Distinct().ToList();
        var f = query.Fresh("fact");
        query.Line($"OPTIONAL MATCH (__src:Document) WHERE __src.id IN {query.Param(ids)}");
        query.With($"[{f} IN collect({{id: __src.id, document: coalesce(__src.sourceKind, 'document') <> 'reference', paragraphs: __src.paragraphs}}) WHERE {f}.id IS NOT NULL] AS {SourcesVariable}");
        query.Carry(SourcesVariable);
    }

    /// <summary>
    /// The locators that <see cref="Domain.Validation.LocatorRules"/> refuses: no such source, or a
    /// document's anchor that is not a paragraph from p1 to its count. Nulls are coalesced so that a
    /// missing count refuses rather than lets through.
    /// </summary>
    private static string BadSources(CypherQuery query, IReadOnlyList<string> sources)
    {
        var locators = sources.Select(text =>
        {
            Locator.TryParse(text, out var locator, out _);
            return new Dictionary<string, object?> { ["text"] = text, ["source"] = locator!.Source, ["paragraph"] = locator.Paragraph };
        }).ToList();
        var l = query.Fresh("loc");
        var f = query.Fresh("fact");
        return $"[{l} IN {query.Param(locators)} WHERE NOT any({f} IN {SourcesVariable} WHERE {f}.id = {l}.source AND " +
            $"(NOT {f}.document OR (coalesce({l}.paragraph, 0) >= 1 AND coalesce({l}.paragraph, 0) <= coalesce({f}.paragraphs, 0)))) | {l}.text]";
    }
}
