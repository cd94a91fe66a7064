using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Responsibilities;

/// <summary>The tasks a unit is responsible for, by plan, action and task order.</summary>
public static class BureauTasksQuery
{
    // Only kinds that can be responsible are candidates, so a plan or task sharing a unit's name never competes.
    private static readonly IReadOnlyList<EntityKind> Units = RelationTypes.Of(RelationType.ResponsibleFor).FromKinds;

    /// <param name="bureau">The unit: id, name or alias.</param>
    public static ReadPlan Plan(string bureau, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var unit = EntityResolution.Resolve(query, "bureau", bureau, Units);
        return AssignmentProjection.Build(query, selection, unit, query.Variable("task"), AssignmentOrder.ByPlan);
    }
}
