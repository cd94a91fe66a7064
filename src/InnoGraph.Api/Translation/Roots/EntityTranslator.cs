namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>entity(id)</c>.</summary>
internal sealed class EntityTranslator : IRootTranslator
{
    public string FieldName => "entity";

    public RootPlan Translate(SelectionNode field)
    {
        var query = new CypherQuery();
        Documents.Preamble(query);
        query.Line($"OPTIONAL MATCH (n:Entity {{id: {query.Param(field.String("id") ?? "")}}})");
        query.Return(EntityProjection.Project(query, "n", field.Children));
        return new RootPlan(query.Build());
    }
}
