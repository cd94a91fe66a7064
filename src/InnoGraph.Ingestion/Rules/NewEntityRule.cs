using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// Proposes names the gazetteer does not know: a word that ends with an organisation suffix, with
/// the nominal words before it (places, organisations, nouns; at most a few, never across a verb,
/// a conjunction or punctuation). A known name may be part of it (浙江大学 in 浙江大学某某研究院).
/// </summary>
public static class NewEntityRule
{
    public const string Method = "suffix";
    private const int MaxWordsBefore = 4;
    private const int MaxLength = 24;
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "等", "和", "与", "及", "的", "各类", "一批", "全市", "我市", "全省", "重点", "高水平", "新型", "各级", "其他", "有关", "相关", "一流", "市级", "省级", "国家级",
    };

    public static IEnumerable<(int Start, int End, EntityKind Kind, double Confidence)> Find(IReadOnlyList<Token> tokens, string text)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            var last = tokens[j];
            if (!last.IsNominal && last.Pos != "nt")
            {
                continue;
            }

            var start = j;
            while (start > 0 && j - start < MaxWordsBefore && Continues(tokens, start - 1) && !NotNames.Contains(tokens[start - 1].Word)
                   && tokens[start - 1].End == tokens[start].Start && last.End - tokens[start - 1].Start <= MaxLength)
            {
                start--;
            }

            while (start < j && !tokens[start].IsNominal)
            {
                start++;
            }

            var name = text[tokens[start].Start..last.End];
            var unitContext = start > 0 && tokens[start - 1].Pos == "x" && tokens[start].Word[0] is '市' or '县' or '区';
            if (OrganisationSuffixes.Of(name, unitContext) is not { } kind || name.Length - kind.Length < 2 || !name.Any(IsHan))
            {
                continue;
            }

            // The suffix with one generic word before it (科创平台, 企业研究院) is a description, not a name.
            if (j - start < 2 && tokens[start].Pos is not ("ns" or "nt" or "nz" or "nr"))
            {
                continue;
            }

            yield return (tokens[start].Start, last.End, kind.Kind, 0.6);
        }
    }

    private static bool Continues(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsNominal || (tokens[i].IsInnerVerb && i > 0 && tokens[i - 1].IsNominal && !NotNames.Contains(tokens[i - 1].Word));

    private static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FFF';
}
