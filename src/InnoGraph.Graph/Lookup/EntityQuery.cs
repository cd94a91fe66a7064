using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Lookup;

/// <summary>One entity by id, through the id's unique constraint.</summary>
public static class EntityQuery
{
    public static ReadPlan Plan(string id, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var n = query.Variable("n");
        query.Line($"OPTIONAL MATCH ({n}:Entity {{id: {query.Param(id)}}})");
        query.Return(EntityProjection.Project(query, n, selection.Children));
        return new ReadPlan(query.Build());
    }
}
