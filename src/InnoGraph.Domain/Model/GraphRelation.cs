namespace InnoGraph.Domain.Model;

/// <summary>A relation as it is written to the graph, identified by <see cref="Id"/>.</summary>
public sealed record GraphRelation(
    string From,
    RelationType Type,
    string To,
    string? Key,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, object> Properties)
{
    /// <summary><c>from|TYPE|to</c>, or <c>from|TYPE|to|key</c> when two relations of a type join the same pair.</summary>
    public string Id => RelationId(From, RelationTypes.Of(Type).Name, To, Key);

    public static string RelationId(string from, string typeName, string to, string? key) =>
        key is null ? $"{from}|{typeName}|{to}" : $"{from}|{typeName}|{to}|{key}";
}
