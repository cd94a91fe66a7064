namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>bureauTasks(bureau)</c>: the tasks a unit is responsible for, by plan, action and task order.</summary>
internal sealed class BureauTasksTranslator : IRootTranslator
{
    public string FieldName => "bureauTasks";

    public RootPlan Translate(SelectionNode field)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        var unit = EntityResolution.Resolve(query, "bureau", field.String("bureau") ?? "", []);
        return AssignmentProjection.Build(
            query,
            field,
            $"OPTIONAL MATCH ({unit})-[r:RESPONSIBLE_FOR]->(task:Task)",
            unit,
            "task",
            "p.id, a.order, t.order, t.id");
    }
}
