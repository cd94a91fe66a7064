using System.Text.RegularExpressions;

namespace InnoGraph.Domain.Model;

/// <summary>The rules for ids: ASCII lower case, words joined by '-', parts by '.'.</summary>
public static partial class EntityId
{
    public const int MaxLength = 120;

    public static bool IsValid(string id) => id.Length <= MaxLength && Pattern().IsMatch(id);

    public static string Describe(string id) =>
        $"{Validation.Quoted.Of(id)} is not a valid id: use lower-case ASCII letters and digits, words joined by '-' and parts by '.', at most {MaxLength} characters (e.g. inst.tsinghua-yangtze-delta)";

    // \z, not $: '$' also matches before a final '\n', which would let "inst.x\n" through.
    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
