namespace InnoGraph.Domain.Model;

/// <summary>
/// What a relation type is called in Neo4j, which kinds it may connect and which typed
/// properties it admits. Empty kind lists mean any kind.
/// </summary>
public sealed record RelationTypeSpec(
    RelationType Type,
    string Name,
    IReadOnlyList<EntityKind> FromKinds,
    IReadOnlyList<EntityKind> ToKinds,
    IReadOnlyList<PropertySpec> Properties)
{
    public bool AllowsFrom(EntityKind kind) => FromKinds.Count == 0 || FromKinds.Contains(kind);

    public bool AllowsTo(EntityKind kind) => ToKinds.Count == 0 || ToKinds.Contains(kind);

    public PropertySpec? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
