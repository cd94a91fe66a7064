using System.Text.Json;

namespace InnoGraph.Graph.Lookup;

/// <summary>
/// An argument that named no entity or several (<see cref="EntityResolution"/>), read from a
/// statement's <c>__refs</c> column: what the API and the exports both refuse, with one message each.
/// </summary>
public sealed record UnresolvedReference(string Argument, IReadOnlyList<string> Candidates)
{
    public bool IsMissing => Candidates.Count == 0;

    public string Message => IsMissing
        ? $"Nothing in the graph is called what '{Argument}' names. Pass an id, a canonical name or an alias; search(text: ...) finds them."
        : $"'{Argument}' names {Candidates.Count} entities; pass one of their ids instead.";

    /// <summary>The first argument that did not resolve to exactly one entity, or null.</summary>
    public static UnresolvedReference? First(JsonElement references)
    {
        if (references.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var reference in references.EnumerateArray())
        {
            var ids = reference.GetProperty("ids").EnumerateArray().Select(i => i.GetString() ?? "").ToList();
            if (ids.Count != 1)
            {
                return new UnresolvedReference(reference.GetProperty("argument").GetString() ?? "", ids);
            }
        }

        return null;
    }
}
