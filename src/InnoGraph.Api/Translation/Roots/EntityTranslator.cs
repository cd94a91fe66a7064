using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>entity(id)</c>.</summary>
internal sealed class EntityTranslator : IRootTranslator
{
    public string FieldName => "entity";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        query.Line($"OPTIONAL MATCH (n:Entity {{id: {query.Param(field.String("id") ?? "")}}})");
        query.Return(EntityProjection.Project(query, "n", field.Children));
        return new ReadPlan(query.Build());
    }
}
