namespace InnoGraph.Api.GraphQL.Mutations;

/// <summary>Every mutation field, in the order the schema lists them.</summary>
internal sealed class MutationFields
{
    private readonly Dictionary<string, MutationField> _byName;

    private MutationFields(IReadOnlyList<MutationField> fields)
    {
        All = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static MutationFields Served { get; } = new(
    [
        new UpsertEntityField(),
        new AddRelationField(),
        new RemoveRelationField(),
    ]);

    public IReadOnlyList<MutationField> All { get; }

    public MutationField? Find(string name) => _byName.GetValueOrDefault(name);
}
