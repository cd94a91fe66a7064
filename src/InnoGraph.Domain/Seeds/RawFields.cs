using InnoGraph.Domain.Validation;

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

    /// <summary>A text field; null when it is missing (a problem when <paramref name="required"/>) or not a non-empty text.</summary>
    public SeedValue? Text(RawMap map, string key, string path, bool required)
    {
        var value = Given(map, key, path, required);
        if (value is not null && string.IsNullOrWhiteSpace(value.Text))
        {
            Problem(value.Position, $"{path}.{key}", RequiredFields.NotAText(key));
            return null;
        }

        return value;
    }

    /// <summary>A scalar field, blank or not; null when it is missing (a problem when <paramref name="required"/>) or not a scalar.</summary>
    public SeedValue? Given(RawMap map, string key, string path, bool required)
    {
        var node = map.Get(key);
        if (node is null)
        {
            if (required)
            {
                Problem(map.Position, $"{path}.{key}", RequiredFields.Missing(key));
            }

            return null;
        }

        if (node is RawScalar scalar)
        {
            return scalar.Value;
        }

        Problem(node.Position, $"{path}.{key}", RequiredFields.NotAText(key));
        return null;
    }
}
