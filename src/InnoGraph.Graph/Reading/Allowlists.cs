using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Reading;

/// <summary>Checks kinds and relation types named in a request against the domain allowlists.</summary>
public static class Allowlists
{
    public static IReadOnlyList<string> Kinds(IReadOnlyList<string>? requested, string argument)
    {
        if (requested is null)
        {
            return [];
        }

        foreach (var kind in requested)
        {
            if (EntityKinds.Find(kind) is null)
            {
                throw new TranslationException(RefusalCodes.InvalidArgument, $"'{Shorten(kind)}' in '{argument}' is not an entity kind; use one of {string.Join(", ", EntityKinds.All.Select(k => k.Label))}.");
            }
        }

        return requested.Distinct().ToList();
    }

    /// <summary>The relationship type expression, e.g. <c>:LOCATED_IN|PART_OF</c>; empty for any type.</summary>
    public static string Types(IReadOnlyList<string>? requested, string argument)
    {
        if (requested is null || requested.Count == 0)
        {
            return "";
        }

        var names = new List<string>();
        foreach (var type in requested)
        {
            var spec = RelationTypes.Find(type)
                ?? throw new TranslationException(RefusalCodes.InvalidArgument, $"'{Shorten(type)}' in '{argument}' is not a relation type; use one of {string.Join(", ", RelationTypes.All.Select(r => r.Name))}.");
            names.Add(spec.Name);
        }

        return ":" + string.Join("|", names.Distinct());
    }

    /// <summary>
    /// As <see cref="Types"/>, but none requested means every relation type by name: a path of several hops must not
    /// pass through the name and search key nodes, whose links are storage, not relations.
    /// </summary>
    public static string TypesOrAll(IReadOnlyList<string>? requested, string argument) =>
        requested is null || requested.Count == 0 ? ":" + string.Join("|", RelationTypes.All.Select(r => r.Name)) : Types(requested, argument);

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
