namespace InnoGraph.Domain.Seeds;

/// <summary>Reads fields out of raw YAML maps, recording a problem for every field that is missing, unknown or of the wrong shape.</summary>
internal sealed class RawFields(List<SeedProblem> problems)
{
    public void Problem(SeedPosition position, string path, string message) => problems.Add(new SeedProblem(position, path, message));

    public RawMap? Map(RawNode node, string path, string what)
    {
        if (node is RawMap map)
        {
            return map;
        }

        Problem(node.Position, path, $"expected {what} (a mapping of fields)");
        return null;
    }

    public IReadOnlyList<RawNode> List(RawNode node, string path)
    {
        if (node is RawList list)
        {
            return list.Items;
        }

        Problem(node.Position, path, "expected a list (items starting with '- ')");
        return [];
    }

    public void OnlyKnown(RawMap map, string path, params string[] known)
    {
        foreach (var entry in map.Entries.Where(e => !known.Contains(e.Key.Text)))
        {
            Problem(entry.Key.Position, $"{path}.{entry.Key.Text}", $"unknown field '{entry.Key.Text}': the fields here are {string.Join(", ", known)}");
        }
    }

    public SeedValue? Text(RawMap map, string key, string path, bool required)
    {
        var node = map.Get(key);
        if (node is null)
        {
            if (required)
            {
                Problem(map.Position, $"{path}.{key}", $"missing '{key}'");
            }

            return null;
        }

        if (node is RawScalar { Value.Text: var text } scalar && !string.IsNullOrWhiteSpace(text))
        {
            return scalar.Value;
        }

        Problem(node.Position, $"{path}.{key}", $"'{key}' must be a non-empty text");
        return null;
    }
}
