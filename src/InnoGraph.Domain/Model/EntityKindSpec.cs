namespace InnoGraph.Domain.Model;

/// <summary>What an entity kind is called in the graph and which typed properties it admits.</summary>
public sealed record EntityKindSpec(EntityKind Kind, string IdPrefix, IReadOnlyList<PropertySpec> Properties)
{
    /// <summary>The Neo4j label, identical to the kind's name.</summary>
    public string Label => Kind.ToString();

    public PropertySpec? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
