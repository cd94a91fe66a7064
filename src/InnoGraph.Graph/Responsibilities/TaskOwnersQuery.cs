using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Responsibilities;

/// <summary>The units responsible for a task, in the order the source lists them.</summary>
public static class TaskOwnersQuery
{
    /// <param name="task">The task: id, name, alias or number.</param>
    public static ReadPlan Plan(string task, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var resolved = EntityResolution.Resolve(query, "task", task, [EntityKind.Task], matchNumber: true);
        return AssignmentProjection.Build(query, selection, query.Variable("unit"), resolved, AssignmentOrder.BySource);
    }
}
