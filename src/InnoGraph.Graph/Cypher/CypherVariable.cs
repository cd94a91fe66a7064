namespace InnoGraph.Graph.Cypher;

/// <summary>
/// A variable a <see cref="CypherQuery"/> has bound. Fragments receive and return variables, never
/// names they agree on: a fragment cannot depend on a name another one happened to choose.
/// </summary>
public readonly record struct CypherVariable(string Name)
{
    public override string ToString() => Name;

    /// <summary>A property of the variable, e.g. <c>n.id</c>.</summary>
    public string Dot(string property) => $"{Name}.{property}";
}
