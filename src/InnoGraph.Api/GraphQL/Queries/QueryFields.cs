namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>Every root query field, in the order the schema lists them.</summary>
internal sealed class QueryFields
{
    private readonly Dictionary<string, ReadField> _reads;

    private QueryFields(IReadOnlyList<QueryField> fields)
    {
        All = fields;
        _reads = fields.OfType<ReadField>().ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static QueryFields Served { get; } = new(
    [
        new SearchField(),
        new EntityField(),
        new BureauTasksField(),
        new TaskOwnersField(),
        new ResponsibilityNetworkField(),
        new CollaborationNetworkField(),
        new CityCollaborationField(),
        new IndicatorSeriesField(),
        new NeighbourhoodField(),
        new ShortestPathField(),
        new EntitiesField(),
        new DocumentsField(),
        new CatalogueField(),
    ]);

    public IReadOnlyList<QueryField> All { get; }

    /// <summary>The field answered from Neo4j with this name; none for a field with its own resolver.</summary>
    public ReadField? Read(string name) => _reads.GetValueOrDefault(name);
}
