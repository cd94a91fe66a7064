using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// One statement per write. Checks that need the graph (existing kind, endpoints, known sources)
/// run inside it, and the write happens only when they pass, so a refused write changes nothing.
/// </summary>
internal static class WriteStatements
{
    public static CypherQuery UpsertEntity(GraphEntity entity, string actor, string now, IReadOnlyList<SelectionNode> selection)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        var id = query.Param(entity.Id);
        var kind = query.Param(entity.Kind.ToString());
        var label = EntityKinds.Of(entity.Kind).Label;
        query.Line($"OPTIONAL MATCH (existing:Entity {{id: {id}}})");
        query.With($"existing, {UnknownSources(query, entity.Sources)} AS unknownSources");
        query.With($"existing, unknownSources, (existing IS NULL OR existing.kind = {kind}) AND size(unknownSources) = 0 AS ok");
        query.Line("FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |");
        query.Line($"  MERGE (n:Entity {{id: {id}}}) ON CREATE SET n.origin = 'api', n.kind = {kind}");
        query.Line($"  SET n:{label}, n.name = {query.Param(entity.Name)}, n.nameEn = {query.Param(entity.NameEn)}, " +
            $"n.aliases = {query.Param(entity.Aliases.Select(a => a.Text).ToList())}, n.aliasScripts = {query.Param(entity.Aliases.Select(a => a.Script).ToList())}, " +
            $"n.sources = {Union(query, "n.sources", entity.Sources)}, n.searchText = {query.Param(entity.SearchText)}, " +
            $"n.updatedBy = {query.Param(actor)}, n.updatedAt = {query.Param(now)}, n += {query.Param(entity.Properties)})");
        query.With("existing, unknownSources, ok");
        query.Line($"OPTIONAL MATCH (n:Entity {{id: {id}}})");
        query.Line($"RETURN CASE WHEN ok THEN {EntityProjection.Project(query, "n", selection)} END AS data, existing.kind AS existingKind, unknownSources");
        return query;
    }

    public static CypherQuery AddRelation(GraphRelation relation, RelationTypeSpec spec, string actor, string now, SelectionNode edge)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        var from = query.Param(relation.From);
        var to = query.Param(relation.To);
        var id = query.Param(relation.Id);
        var fromKinds = query.Param(spec.FromKinds.Select(k => k.ToString()).ToList());
        var toKinds = query.Param(spec.ToKinds.Select(k => k.ToString()).ToList());
        query.Line($"OPTIONAL MATCH (a:Entity {{id: {from}}})");
        query.Line($"OPTIONAL MATCH (b:Entity {{id: {to}}})");
        query.With($"a, b, {UnknownSources(query, relation.Sources)} AS unknownSources");
        query.With($"a, b, unknownSources, a IS NOT NULL AND b IS NOT NULL AND (size({fromKinds}) = 0 OR a.kind IN {fromKinds}) AND (size({toKinds}) = 0 OR b.kind IN {toKinds}) AND size(unknownSources) = 0 AS ok");
        query.Line("FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |");
        query.Line($"  MERGE (a)-[r:{spec.Name} {{id: {id}}}]->(b) ON CREATE SET r.origin = 'api'");
        query.Line($"  SET r.sources = {Union(query, "r.sources", relation.Sources)}, r.updatedBy = {query.Param(actor)}, r.updatedAt = {query.Param(now)}, r += {query.Param(relation.Properties)})");
        query.With("a, b, unknownSources, ok");
        query.Line($"OPTIONAL MATCH (a)-[r:{spec.Name} {{id: {id}}}]->(b)");
        var e = query.Fresh("e");
        var n = query.Fresh("n");
        var entries = edge.Children.Select(c => $"`{c.ResponseKey}`: {ConnectionProjection.EdgeField(query, e, n, c)}");
        query.Line($"RETURN CASE WHEN ok AND r IS NOT NULL THEN head([{e} IN [{{k: r.id, r: r, m: b, d: 'OUT'}}] | head([{n} IN [{e}.m] | {{{string.Join(", ", entries)}}}])]) END AS data, " +
            "a.kind AS fromKind, b.kind AS toKind, unknownSources");
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

    private static string UnknownSources(CypherQuery query, IReadOnlyList<string> sources)
    {
        var s = query.Fresh("s");
        var d = query.Fresh("doc");
        return $"[{s} IN {query.Param(sources)} WHERE NOT split({s}, ':')[0] IN [{d} IN {Documents.Variable} | {d}.id]]";
    }
}
