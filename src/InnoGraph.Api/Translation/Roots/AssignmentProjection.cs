using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>Projects a responsibility (unit RESPONSIBLE_FOR task) with the task's action and plan.</summary>
internal static class AssignmentProjection
{
    public static string Project(CypherQuery query, FieldSelection field, string unit, string relationship, string task, string action, string plan)
    {
        var entries = field.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "role" => $"{relationship}.role",
            "order" => $"{relationship}.order",
            "sources" => Provenance.Of(query, $"{relationship}.sources"),
            "unit" => EntityProjection.Project(query, unit, c.Children),
            "task" => EntityProjection.Project(query, task, c.Children),
            "action" => EntityProjection.Project(query, action, c.Children),
            "plan" => EntityProjection.Project(query, plan, c.Children),
            _ => throw new TranslationException(ErrorCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on an assignment."),
        });
        return $"{{{string.Join(", ", entries)}}}";
    }

    /// <summary>The shared body: one row per responsibility matched by <paramref name="match"/>, with its action and plan, ordered.</summary>
    public static ReadPlan Build(CypherQuery query, FieldSelection field, string match, string unit, string task, string orderBy)
    {
        query.Line(match);
        query.With($"{unit} AS u, r, {task} AS t");
        query.Line("OPTIONAL MATCH (t)-[:PART_OF]->(a:Action)");
        query.Line("OPTIONAL MATCH (t)-[:PART_OF*1..2]->(p:Plan)");
        query.With("u, r, t, head(collect(a)) AS a, head(collect(p)) AS p");
        query.With("u, r, t, a, p", $"ORDER BY {orderBy}");
        query.With("collect(CASE WHEN r IS NULL THEN null ELSE {u: u, r: r, t: t, a: a, p: p} END) AS rows");
        var row = query.Fresh("row");
        query.Return($"[{row} IN rows | {Project(query, field, $"{row}.u", $"{row}.r", $"{row}.t", $"{row}.a", $"{row}.p")}]");
        return new ReadPlan(query.Build());
    }
}
