using InnoGraph.Api.Translation.Roots;

namespace InnoGraph.Api.Execution;

/// <summary>The root query fields that are answered from Neo4j, by field name.</summary>
internal sealed class RootTranslators(IEnumerable<IRootTranslator> translators)
{
    private readonly Dictionary<string, IRootTranslator> _byName = translators.ToDictionary(t => t.FieldName, StringComparer.Ordinal);

    public IRootTranslator? Find(string fieldName) => _byName.GetValueOrDefault(fieldName);

    public static RootTranslators All { get; } = new(
    [
        new SearchTranslator(),
        new EntityTranslator(),
        new BureauTasksTranslator(),
        new TaskOwnersTranslator(),
        new ResponsibilityNetworkTranslator(),
        new CollaborationNetworkTranslator(),
        new CityCollaborationTranslator(),
        new IndicatorSeriesTranslator(),
        new NeighbourhoodTranslator(),
        new ShortestPathTranslator(),
        new EntitiesTranslator(),
        new DocumentsTranslator(),
    ]);
}
