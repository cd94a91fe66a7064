using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Responsibilities;

/// <summary>
/// The shared body of the responsibility reads: one row per responsibility (unit RESPONSIBLE_FOR
/// task) with the task's action and plan, ordered, each projected as the selection asks.
/// </summary>
internal static class AssignmentProjection
{
    /// <param name="unit">The responsible unit, bound by the caller (resolved or free).</param>
    /// <param name="task">The task, bound by the caller (resolved or free).</param>
    public static ReadPlan Build(CypherQuery query, FieldSelection selection, CypherVariable unit, CypherVariable task, AssignmentOrder order)
    {
        var r = query.Variable("r");
        query.Line($"OPTIONAL MATCH ({unit}:{EntityLabel})-[{r}:{Type(RelationType.ResponsibleFor)}]->({task}:{Label(EntityKind.Task)})");
        var u = query.Variable("u");
        var t = query.Variable("t");
        var a = query.Variable("a");
        var p = query.Variable("p");
        var rows = query.Variable("rows");
        query.With($"{unit} AS {u}, {r}, {task} AS {t}");

        // The action and plan are read only when the answer shows them or is ordered by them.
        var byPlan = order == AssignmentOrder.ByPlan;
        var withAction = byPlan || selection.Selects("action");
        var withPlan = byPlan || selection.Selects("plan");
        var parents = new List<string>();
        if (withAction)
        {
            query.Line($"OPTIONAL MATCH ({t})-[:{Type(RelationType.PartOf)}]->({a}:{Label(EntityKind.Action)})");
            parents.Add($"head(collect({a})) AS {a}");
        }

        if (withPlan)
        {
            query.Line($"OPTIONAL MATCH ({t})-[:{Type(RelationType.PartOf)}*1..2]->({p}:{Label(EntityKind.Plan)})");
            parents.Add($"head(collect({p})) AS {p}");
        }

        var row = string.Join(", ", new[] { $"{u}, {r}, {t}" }.Concat(withAction ? [a.Name] : []).Concat(withPlan ? [p.Name] : []));
        if (parents.Count > 0)
        {
            query.With($"{u}, {r}, {t}, {string.Join(", ", parents)}");
        }

        var orderBy = byPlan ? $"{p}.id, {a}.order, {t}.order, {t}.id" : $"{OrderKeys.Cypher(r)}, {u}.id";
        query.With(row, $"ORDER BY {orderBy}");
        var fields = string.Join(", ", new[] { $"u: {u}, r: {r}, t: {t}" }.Concat(withAction ? [$"a: {a}"] : []).Concat(withPlan ? [$"p: {p}"] : []));
        query.With($"collect(CASE WHEN {r} IS NULL THEN null ELSE {{{fields}}} END) AS {rows}");
        var each = query.Fresh("row");
        query.Return($"[{each} IN {rows} | {Project(query, selection, each)}]");
        return new ReadPlan(query.Build());
    }

    private static string Project(CypherQuery query, FieldSelection selection, CypherVariable row)
    {
        var entries = selection.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "role" => $"{row}.r.role",
            "order" => $"{row}.r.order",
            "sources" => Provenance.Of(query, $"{row}.r.sources"),
            "unit" => EntityProjection.Project(query, $"{row}.u", c.Children),
            "task" => EntityProjection.Project(query, $"{row}.t", c.Children),
            "action" => EntityProjection.Project(query, $"{row}.a", c.Children),
            "plan" => EntityProjection.Project(query, $"{row}.p", c.Children),
            _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on an assignment."),
        });
        return $"{{{string.Join(", ", entries)}}}";
    }
}
