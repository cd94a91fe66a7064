using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Two statements per upsert or added relation, sent in the same request: a read-only check that
/// returns what the graph refuses (existing kind, endpoints, sources and their paragraph counts) as
/// of the fields before it, then the write, which computes the same refusals and fails the
/// transaction when there are any, so a refused field leaves nothing of the request written and a
/// request still takes one round trip. What is stored comes from <see cref="StoredEntity"/> and
/// <see cref="StoredRelation"/>, as for a seed load.
/// </summary>
internal static class WriteStatements
{
    private const string SourcesVariable = "__sources";

    /// <summary>Reads what would refuse the upsert (the existing kind, locators the graph refuses) without writing.</summary>
    public static CypherQuery UpsertEntityCheck(GraphEntity entity)
    {
        var query = new CypherQuery();
        UpsertRefusals(query, entity);
        query.Line($"RETURN existing.kind AS existingKind, badSources, {SourcesVariable} AS sourceFacts");
        return query;
    }

    /// <summary>The upsert itself, which fails the transaction (<see cref="CypherGuard.OnlyWhen"/>) when the checks of <see cref="UpsertEntityCheck"/> refuse it.</summary>
    public static CypherQuery UpsertEntity(GraphEntity entity, string actor, string now, IReadOnlyList<FieldSelection> selection)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var ok = UpsertRefusals(query, entity);
        var id = query.Param(entity.Id);
        var label = EntityKinds.Of(entity.Kind).Label;
        query.With($"existing, badSources, {ok} AS ok");
        GuardedWrite(query, $"(n:Entity {{id: {id}}})", "n", StoredEntity.Created(entity), label, StoredEntity.Written(entity, actor, now), entity.Sources);
        query.With("ok");
        query.Line($"OPTIONAL MATCH (n:Entity {{id: {id}}})");
        query.Line(NameKeyLinks.Refresh("n"));
        query.Return($"CASE WHEN ok THEN {EntityProjection.Project(query, "n", selection)} END");
        return query;
    }

    /// <summary>Reads what would refuse the relation (missing endpoints and their kinds, locators the graph refuses) without writing.</summary>
    public static CypherQuery AddRelationCheck(GraphRelation relation, RelationTypeSpec spec)
    {
        var query = new CypherQuery();
        RelationRefusals(query, relation, spec);
        query.Line($"RETURN a.kind AS fromKind, b.kind AS toKind, badSources, {SourcesVariable} AS sourceFacts");
        return query;
    }

    /// <summary>The relation itself, which fails the transaction (<see cref="CypherGuard.OnlyWhen"/>) when the checks of <see cref="AddRelationCheck"/> refuse it.</summary>
    public static CypherQuery AddRelation(GraphRelation relation, RelationTypeSpec spec, string actor, string now, FieldSelection edge)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var ok = RelationRefusals(query, relation, spec);
        var id = query.Param(relation.Id);
        query.With($"a, b, {ok} AS ok");
        GuardedWrite(query, $"(a)-[r:{spec.Name} {{id: {id}}}]->(b)", "r", StoredRelation.Created(), null, StoredRelation.Written(relation, actor, now), relation.Sources);
        query.With("a, b, ok");
        query.Line($"OPTIONAL MATCH (a)-[r:{spec.Name} {{id: {id}}}]->(b)");
        var e = query.Fresh("e");
        var n = query.Fresh("n");
        var entries = edge.Children.Select(c => $"`{c.ResponseKey}`: {ConnectionProjection.EdgeField(query, e, n, c)}");
        query.Return($"CASE WHEN ok AND r IS NOT NULL THEN head([{e} IN [{{k: r.id, r: r, m: b, d: 'OUT'}}] | head([{n} IN [{e}.m] | {{{string.Join(", ", entries)}}}])]) END");
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

    // Leaves existing and badSources in scope; returns the condition under which the upsert may be written.
    private static string UpsertRefusals(CypherQuery query, GraphEntity entity)
    {
        SourceFacts(query, entity.Sources);
        var kind = query.Param(entity.Kind.ToString());
        query.Line($"OPTIONAL MATCH (existing:Entity {{id: {query.Param(entity.Id)}}})");
        query.With($"existing, {BadSources(query, entity.Sources)} AS badSources");
        return $"(existing IS NULL OR existing.kind = {kind}) AND size(badSources) = 0";
    }

    // Leaves a, b and badSources in scope; returns the condition under which the relation may be written.
    private static string RelationRefusals(CypherQuery query, GraphRelation relation, RelationTypeSpec spec)
    {
        SourceFacts(query, relation.Sources);
        var fromKinds = query.Param(spec.FromKinds.Select(k => k.ToString()).ToList());
        var toKinds = query.Param(spec.ToKinds.Select(k => k.ToString()).ToList());
        query.Line($"OPTIONAL MATCH (a:Entity {{id: {query.Param(relation.From)}}})");
        query.Line($"OPTIONAL MATCH (b:Entity {{id: {query.Param(relation.To)}}})");
        query.With($"a, b, {BadSources(query, relation.Sources)} AS badSources");
        return $"a IS NOT NULL AND b IS NOT NULL AND (size({fromKinds}) = 0 OR a.kind IN {fromKinds}) AND (size({toKinds}) = 0 OR b.kind IN {toKinds}) AND size(badSources) = 0";
    }

    /// <summary>
    /// Under the guard on <c>ok</c>: merges <paramref name="pattern"/> on its id, sets <paramref name="created"/> when
    /// it creates it, then the node's <paramref name="label"/>, <paramref name="written"/> and the union of the stored and given sources.
    /// </summary>
    private static void GuardedWrite(
        CypherQuery query,
        string pattern,
        string variable,
        Dictionary<string, object?> created,
        string? label,
        Dictionary<string, object?> written,
        IReadOnlyList<string> sources)
    {
        query.Line($"FOREACH (_ IN {CypherGuard.OnlyWhen("ok")} |");
        query.Line($"  MERGE {pattern} ON CREATE SET {variable} += {query.Param(created)}");
        var setLabel = label is null ? "" : $"{variable}:{label}, ";
        query.Line($"  SET {setLabel}{variable} += {query.Param(written)}, {Union(query, variable, sources)})");
    }

    // A write adds its locators to those already recorded, so seed provenance is never lost.
    private static string Union(CypherQuery query, string stored, IReadOnlyList<string> sources)
    {
        var existing = $"{stored}.{StoredProperties.Sources}";
        var s = query.Fresh("s");
        return $"{existing} = coalesce({existing}, []) + [{s} IN {query.Param(sources)} WHERE NOT {s} IN coalesce({existing}, [])]";
    }

    /// <summary>
    /// The facts <see cref="Domain.Validation.LocatorRules"/> needs of the sources the locators name,
    /// read in the write's own statement; they come back as <c>sourceFacts</c> so that a refusal can
    /// say what is wrong with the rules' own words.
    /// </summary>
    private static void SourceFacts(CypherQuery query, IReadOnlyList<string> sources)
    {
        var ids = sources.Select(s => Locator.TryParse(s, out var locator, out _) ? locator!.Source : s).Distinct().ToList();
        var f = query.Fresh("fact");
        var id = query.Fresh("sourceId");
        // One look-up of the id's unique index per source named (an empty list still leaves one row to aggregate).
        var named = query.Param(ids);
        query.Line($"UNWIND CASE WHEN size({named}) = 0 THEN [null] ELSE {named} END AS {id}");
        query.Line($"OPTIONAL MATCH (__src:{CypherNames.EntityLabel} {{id: {id}}})");
        query.With($"[{f} IN collect(CASE WHEN __src:{CypherNames.DocumentLabel} THEN {{id: __src.id, document: coalesce(__src.sourceKind, 'document') <> 'reference', paragraphs: __src.paragraphs}} END) WHERE {f} IS NOT NULL] AS {SourcesVariable}");
        query.Carry(query.Variable(SourcesVariable));
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
