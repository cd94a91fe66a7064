using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>taskOwners(task)</c>: the units responsible for a task, in the order the source lists them.</summary>
internal sealed class TaskOwnersTranslator : IRootTranslator
{
    public string FieldName => "taskOwners";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var task = EntityResolution.Resolve(query, "task", field.String("task") ?? "", ["Task"], matchNumber: true);
        return AssignmentProjection.Build(
            query,
            field,
            $"OPTIONAL MATCH (unit:Entity)-[r:RESPONSIBLE_FOR]->({task})",
            "unit",
            task,
            $"{OrderKeys.Cypher("r")}, u.id");
    }
}
