using System.Collections;

namespace InnoGraph.Graph.Reading;

/// <summary>
/// One field of a GraphQL selection with fragments flattened, @skip/@include applied and
/// arguments coerced: the input of the Cypher translator.
/// </summary>
public sealed record FieldSelection(
    string ResponseKey,
    string FieldName,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<FieldSelection> Children)
{
    public bool Selects(string fieldName) => Children.Any(c => c.FieldName == fieldName);

    public IEnumerable<FieldSelection> ChildrenNamed(string fieldName) => Children.Where(c => c.FieldName == fieldName);

    public string? String(string name) => Arguments.GetValueOrDefault(name) as string;

    public int? Int(string name) => Arguments.GetValueOrDefault(name) switch
    {
        int i => i,
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        _ => null,
    };

    public IReadOnlyList<string>? Strings(string name) => Arguments.GetValueOrDefault(name) switch
    {
        null => null,
        string single => [single],
        IEnumerable items => items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList(),
        _ => null,
    };
}
