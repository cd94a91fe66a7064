using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>bureauTasks(bureau)</c>: the tasks a unit is responsible for, by plan, action and task order.</summary>
internal sealed class BureauTasksTranslator : IRootTranslator
{
    // Only kinds that can be responsible are candidates, so a plan or task sharing a unit's name never competes.
    private static readonly IReadOnlyList<string> Units =
        RelationTypes.Of(RelationType.ResponsibleFor).FromKinds.Select(k => k.ToString()).ToList();

    public string FieldName => "bureauTasks";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var unit = EntityResolution.Resolve(query, "bureau", field.String("bureau") ?? "", Units);
        return AssignmentProjection.Build(
            query,
            field,
            $"OPTIONAL MATCH ({unit})-[r:RESPONSIBLE_FOR]->(task:Task)",
            unit,
            "task",
            "p.id, a.order, t.order, t.id");
    }
}
