using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// Names that share one suffix stated once after the list (甲、乙、丙等三大实验室, 甲、乙等2家研究院): each item with the
/// suffix is a name of that kind (甲实验室, 乙实验室, 丙实验室). The first item starts after the verb or punctuation
/// before it. Items that already end with the suffix are whole names and are left to the other rules.
/// </summary>
public static class SharedSuffixRule
{
    public const string Method = "shared-suffix";
    private const int MaxItemLength = 10;

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(IReadOnlyList<Token> tokens, string text)
    {
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Word != "等" || tokens[i + 1].Pos != "m")
            {
                continue;
            }

            var head = i + 2 < tokens.Count && tokens[i + 2].Word == "大" ? i + 3 : i + 2;
            if (head >= tokens.Count || OrganisationSuffixes.Of("甲乙" + tokens[head].Word, unitContext: false) is not { } kind || kind.Length != tokens[head].Word.Length)
            {
                continue;
            }

            var suffix = tokens[head].Word;
            var items = Items(tokens, i);
            if (items.Count < 2 || items.Any(item => text[item.Start..item.End].EndsWith(suffix, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var (start, end) in items)
            {
                yield return (start, end, text[start..end] + suffix, kind.Kind);
            }
        }
    }

    /// <summary>The items before 等 at <paramref name="end"/>: spans between 、, the first back to a verb or punctuation.</summary>
    private static List<(int Start, int End)> Items(IReadOnlyList<Token> tokens, int end)
    {
        var items = new List<(int Start, int End)>();
        var last = end - 1;
        var first = last;
        for (var k = end - 1; k >= 0; k--)
        {
            var token = tokens[k];
            var stops = token.Pos == "x" || Token.IsPolicyVerb(token.Word) || (token.Pos is "v" or "p" or "c" or "u" && token.Word != "、");
            if (token.Word == "、" || stops)
            {
                if (first > last || tokens[last].End - tokens[first].Start > MaxItemLength)
                {
                    return [];
                }

                items.Insert(0, (tokens[first].Start, tokens[last].End));
                if (token.Word != "、")
                {
                    return items;
                }

                last = k - 1;
                first = k;
                continue;
            }

            first = k;
        }

        return [];
    }
}
