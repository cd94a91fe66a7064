using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// An item of a list closed by 等 takes the kind of its list when no suffix of its own names one: the kind the words
/// after 等 state (甲、乙等一批孵化器 → platforms; 某地某某城等青创平台 → a platform), else the kind its siblings share
/// (甲科技城、乙未来城、丙科创区等一批科创湖区 → parks, as 甲科技城 is). An item needs a proper part (a place, a proper
/// noun), or, as the only example before 等 of a kind stated after it, a suffix of its own (某某产业园等孵化器 → a park): words without one
/// describe a kind of body. Only bodies' kinds are passed on, not a programme's (甲基地、乙中心等某某工程 are its projects).
/// </summary>
public static class ListKindRule
{
    public const string Method = "list-kind";
    private const int MaxItemLength = 16;

    private static readonly EntityKind[] BodyKinds =
    [
        EntityKind.Park, EntityKind.Platform, EntityKind.Laboratory, EntityKind.Institute, EntityKind.RdCentre, EntityKind.University,
        EntityKind.Academy, EntityKind.Enterprise, EntityKind.Organisation, EntityKind.Fund,
    ];

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(IReadOnlyList<Token> tokens, string text, IReadOnlyList<Mention> mentions)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Word != "等")
            {
                continue;
            }

            var items = Items(tokens, i);
            if (items.Count == 0)
            {
                continue;
            }

            var stated = StatedKind(tokens, i + 1);
            var siblings = items.Select(item => mentions.FirstOrDefault(m => m.Start == tokens[item.First].Start && m.End == tokens[item.Last].End)).OfType<Mention>()
                .Select(m => m.Kind).Distinct().ToList();
            var shared = siblings.Count == 1 && BodyKinds.Contains(siblings[0]) ? siblings[0] : (EntityKind?)null;
            foreach (var (first, last) in items)
            {
                var (start, end) = (tokens[first].Start, tokens[last].End);
                if (mentions.Any(m => (m.Start <= start && end <= m.End) || (m.Start < start && start < m.End) || (m.Start < end && end < m.End)))
                {
                    continue;
                }

                var name = text[start..end];
                var own = OrganisationSuffixes.Of(name, unitContext: false) is { } suffix && BodyKinds.Contains(suffix.Kind) ? suffix.Kind : (EntityKind?)null;
                var proper = Enumerable.Range(first, last - first + 1).Any(k => IsProper(tokens[k]));
                if (!proper && !(items.Count == 1 && own is not null && stated is not null && NotGeneric(tokens[first])))
                {
                    continue;
                }

                if ((own ?? stated ?? shared) is { } kind)
                {
                    yield return (start, end, name, kind);
                }
            }
        }
    }

    /// <summary>A place, organisation, person or other proper noun, or a Latin letter or digit; not a suffix that jieba tags as one (孵化器/nz).</summary>
    private static bool IsProper(Token token) =>
        (token.Pos is "ns" or "nt" or "nz" or "nr" or "nrt" or "eng" || token.Word.Any(char.IsAsciiLetterOrDigit))
        && OrganisationSuffixes.Of("甲乙" + token.Word, unitContext: false)?.Length != token.Word.Length;


    /// <summary>A level or quantity word does not open a name (省级高新园区 is a kind of park).</summary>
    private static bool NotGeneric(Token token) => token.IsNominal && !token.Word.EndsWith('级');

    /// <summary>The kind the words after 等 state (等6家高新园区, 等一批孵化器): a body's suffix ending them; null when none does.</summary>
    private static EntityKind? StatedKind(IReadOnlyList<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && (tokens[k].Pos is "m" or "q" || tokens[k].Word is "大" or "各类" or "一批"))
        {
            k++;
        }

        var words = "";
        for (var n = 0; k < tokens.Count && n < 4 && (tokens[k].IsNominal || tokens[k].Pos == "a"); k++, n++)
        {
            words += tokens[k].Word;
        }

        return words.Length > 0 && OrganisationSuffixes.Of("甲乙" + words, unitContext: false) is { } kind && BodyKinds.Contains(kind.Kind) ? kind.Kind : null;
    }

    /// <summary>The items before 等 at <paramref name="end"/> as token ranges: spans between 、, the first back to a verb or punctuation.</summary>
    private static List<(int First, int Last)> Items(IReadOnlyList<Token> tokens, int end)
    {
        var items = new List<(int First, int Last)>();
        var last = end - 1;
        for (var k = end - 1; k >= -1; k--)
        {
            var stops = k < 0 || tokens[k].Word == "、" || !(tokens[k].IsNominal || tokens[k].Pos is "t" or "a" || (tokens[k].Pos == "x" && ChineseScript.IsHan(tokens[k].Word[0])));
            if (!stops)
            {
                continue;
            }

            if (k == last || tokens[last].End - tokens[k + 1].Start > MaxItemLength)
            {
                return [];
            }

            items.Insert(0, (k + 1, last));
            if (k < 0 || tokens[k].Word != "、")
            {
                return items;
            }

            last = k - 1;
        }

        return items;
    }
}
