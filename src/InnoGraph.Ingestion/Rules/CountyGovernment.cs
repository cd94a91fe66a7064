using InnoGraph.Domain.Text;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// 区政府 or 县政府 written alone in a district's or county's document (区政府与某大学合作建设…): that district's government.
/// Not after another character of a name (城区政府, 各区政府), which is no short form of the document's own.
/// </summary>
public static class CountyGovernment
{
    public const int Length = 3;

    private const string Government = "政府";

    /// <summary>Characters that may stand right before the short form: conjunctions and prepositions, not part of a name.</summary>
    private const string Before = "与和及由经向对同";

    /// <summary>The starts of <paramref name="level"/>政府 (level 区 or 县) written alone.</summary>
    public static IEnumerable<int> Find(string text, char level)
    {
        if (level is not ('区' or '县'))
        {
            yield break;
        }

        var shortForm = level + Government;
        for (var at = text.IndexOf(shortForm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortForm, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !ChineseScript.IsHan(text[at - 1]) || Before.Contains(text[at - 1], StringComparison.Ordinal))
            {
                yield return at;
            }
        }
    }
}
