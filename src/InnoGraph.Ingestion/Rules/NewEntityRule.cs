using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// Proposes names the gazetteer does not know: a word that ends with an organisation suffix, with
/// the nominal words before it (places, organisations, nouns; at most a few, never across a verb,
/// a conjunction or punctuation). A known name may be part of it (浙江大学 in 浙江大学某某研究院).
/// Words that are all generic describe a kind of body, not one body, and are not proposed.
/// </summary>
public static class NewEntityRule
{
    public const string Method = "suffix";
    private const int MaxWordsBefore = 6;
    private const int MaxLength = 24;
    private const int MaxListItemLength = 30;
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "等", "和", "与", "及", "的", "携手", "各类", "一批", "全市", "我市", "全省", "重点", "高水平", "新型", "各级", "其他", "有关", "相关", "一流", "市级", "省级", "国家级",
    };

    /// <summary>The level a designation is conferred at (省级…试验区, 国家…示范区): part of its name.</summary>
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "省", "省级", "国家", "国家级", "全国" };

    public static IEnumerable<(int Start, int End, EntityKind Kind, double Confidence)> Find(IReadOnlyList<Token> tokens, string text)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            var last = tokens[j];
            if (!last.IsNominal && last.Pos != "nt")
            {
                continue;
            }

            var programme = IsProgramme(text, last.End);
            var start = j;
            var conjunctions = 0;
            while (start > 0 && j - start - conjunctions < MaxWordsBefore && tokens[start - 1].End == tokens[start].Start && last.End - tokens[start - 1].Start <= MaxLength)
            {
                if (IsConjunctionInName(tokens, start - 1, j))
                {
                    conjunctions++;
                }
                else if (IsCountBetweenNouns(tokens, start - 1, j))
                {
                    // jieba tags a noun as a number and classifier (汽车/n 零部件/mq 产业/n); a count does not stand between two nouns of a name.
                }
                else if (IsJointBeforeSuffix(tokens, start - 1, text, last.End))
                {
                    // 联合 of 某某联合研究中心 says what the body is, as an adjective would; so does a verb that opens a suffix (引导基金).
                }
                else if (!Continues(tokens, start - 1, programme ? j : -1) || NotNames.Contains(tokens[start - 1].Word))
                {
                    break;
                }

                start--;
            }

            while (start < j && !tokens[start].IsNominal && !(programme && tokens[start].Pos == "a" && IsProgrammeWord(tokens[start])))
            {
                start++;
            }

            start = ListItemStart(tokens, start, j);
            if (ConferredKind(tokens, j, text) is { } conferred)
            {
                yield return (tokens[conferred].Start, last.End, EntityKind.Designation, 0.5);
                continue;
            }

            start = Math.Min(start, CompanyStart(tokens, j, text) ?? BranchStart(tokens, start, j, text) ?? start);
            var name = text[tokens[start].Start..last.End];
            var unitContext = start > 0 && tokens[start - 1].Pos == "x" && tokens[start].Word[0] is '市' or '县' or '区';
            if (OrganisationSuffixes.Of(name, unitContext) is not { } kind || name.Length - kind.Length < 2 || !name.Any(ChineseScript.IsHan))
            {
                continue;
            }

            if (IsGovernmentOfNoPlace(name))
            {
                continue;
            }

            if (kind.Kind == EntityKind.Designation && start > 0 && Levels.Contains(tokens[start - 1].Word) && tokens[start - 1].End == tokens[start].Start)
            {
                start--;
            }

            // The suffix with one generic word before it (科创平台, 企业研究院) is a description, not a name.
            if (j - start < 2 && tokens[start].Pos is not ("ns" or "nt" or "nz" or "nr"))
            {
                continue;
            }

            // Generic words only (科技企业孵化器, 公共研发平台, 产业创新研究院) describe a kind of body; a name has a proper part.
            // Programmes and designations are the exception: their names are descriptive (科技成果转化工程, 人才管理改革试验区).
            // So is a body a sentence says was set up together (与某企业合作设立的先进材料联合实验室): that one body, however named.
            var setUp = SetUpTogether(tokens, start);
            if (kind.Kind is not (EntityKind.Programme or EntityKind.Designation) && !HasProperPart(tokens, start, j, kind.Length) && setUp is null)
            {
                continue;
            }

            yield return (tokens[setUp ?? start].Start, last.End, kind.Kind, 0.6);
        }
    }

    /// <summary>
    /// Where a body's name starts when the words before it are a verb of setting up together and 的 or 了 (共建的, 合作设立的,
    /// 联合成立的, 合作共建了), with the words after them (合作设立的先进材料实验室), or null when they are not.
    /// </summary>
    private static int? SetUpTogether(IReadOnlyList<Token> tokens, int start)
    {
        // The words between the 的 and the name's start belong to the name (合作设立的合成/v 生物制造联合实验室), at most three.
        var first = start;
        while (first > 0 && start - first < 3 && tokens[first - 1].Word is not ("的" or "了") && tokens[first - 1].End == tokens[first].Start
            && tokens[first - 1].Word.All(ChineseScript.IsHan) && !Token.IsPolicyVerb(tokens[first - 1].Word))
        {
            first--;
        }

        var of = first - 1;
        return of >= 1 && tokens[of].Word is "的" or "了" && SetUpVerbs.Any(v => tokens[of - 1].Word.EndsWith(v, StringComparison.Ordinal))
            && (tokens[of - 1].Word.Length > 2 || tokens[of - 1].Word == "共建" || of >= 2 && CoVerbs.Contains(tokens[of - 2].Word))
            ? first
            : null;
    }

    private static readonly string[] SetUpVerbs = ["共建", "设立", "成立", "组建"];

    private static readonly string[] CoVerbs = ["合作", "联合", "共同"];

    /// <summary>
    /// A government and its offices are named by its place (某市人民政府, 有关县(市、区)政府, 某市人民政府办公室): 政府 after words that
    /// name no administrative level (党委政府, 人民政府办公室 where a page break cut the place off) speaks of government in general.
    /// </summary>
    private static bool IsGovernmentOfNoPlace(string name) =>
        name.IndexOf("政府", StringComparison.Ordinal) is var at and >= 0 && !name[..at].Any(c => c is '省' or '市' or '县' or '区' or '镇' or '乡');

    /// <summary>
    /// The start of a company's name (某地某某科技有限公司): a place, a brand of any characters, however jieba tags them, and the
    /// trade before 公司. The words back to the nearest place (at most five, never a verb, figure, conjunction, preposition or
    /// punctuation) are its name, with the place's level word and the place before it (某某市); null when no place is near.
    /// </summary>
    private static int? CompanyStart(IReadOnlyList<Token> tokens, int end, string text)
    {
        if (!text.AsSpan(0, tokens[end].End).EndsWith("公司", StringComparison.Ordinal))
        {
            return null;
        }

        // An organisation's word (浙江/nt, which the gazetteer may make of a place) starts the name when no place is nearer than the stop.
        int? organisation = null;
        for (var i = end - 1; i >= 0 && end - i <= 5 && tokens[i].End == tokens[i + 1].Start; i--)
        {
            if (tokens[i].Pos == "nt")
            {
                organisation = i;
                continue;
            }

            if (tokens[i].Pos == "ns")
            {
                return i >= 2 && tokens[i - 1].Word is "市" or "省" or "县" or "区" && tokens[i - 2].Pos == "ns" && tokens[i - 2].End == tokens[i - 1].Start ? i - 2
                    : i >= 1 && tokens[i - 1].Pos is "ns" or "nt" && tokens[i - 1].Word[^1] is '市' or '省' or '县' or '区' && tokens[i - 1].End == tokens[i].Start ? i - 1
                    : i;
            }

            if (tokens[i].Pos is "v" or "x" or "m" or "p" or "c" or "r" or "d" || tokens[i].Pos.StartsWith('u') || NotNames.Contains(tokens[i].Word))
            {
                return organisation;
            }
        }

        return organisation;
    }

    /// <summary>
    /// The start of a company's branch (某地某某科技有限公司美国研发中心): the company's own start when a word before the suffix ends
    /// its name with 公司; null when none does.
    /// </summary>
    private static int? BranchStart(IReadOnlyList<Token> tokens, int start, int end, string text)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Word.EndsWith("公司", StringComparison.Ordinal))
            {
                return CompanyStart(tokens, k, text);
            }
        }

        return null;
    }

    /// <summary>Qualities a conferred kind of body is named with (全国重点实验室, 省重点企业研究院).</summary>
    private static readonly HashSet<string> Qualities = new(StringComparer.Ordinal) { "重点", "高水平", "新型" };

    /// <summary>Kinds of body a level confers as a title (省某某实验室, 国家某某研究中心); a park, platform or base with a level is a body of its own, but for <see cref="ConferredPlatforms"/>.</summary>
    private static readonly EntityKind[] Conferred = [EntityKind.Laboratory, EntityKind.University, EntityKind.RdCentre, EntityKind.Institute];

    /// <summary>Platforms a level confers as a title (国家级科技企业孵化器, 省级众创空间); other platforms and bases with a level are bodies of their own.</summary>
    private static readonly string[] ConferredPlatforms = ["孵化器", "众创空间"];

    /// <summary>
    /// The first word of a kind of body with the level that confers it as a title (全国重点实验室, 国家某某研究中心,
    /// 省重点企业研究院): a designation, though its words are generic. The level must start the phrase (no noun before
    /// it), else it is part of a body's name; at most three words between level and suffix. Null when no such phrase ends at <paramref name="end"/>.
    /// </summary>
    private static int? ConferredKind(IReadOnlyList<Token> tokens, int end, string text)
    {
        var i = end;
        while (i > 0 && end - i < 3 && (tokens[i - 1].IsNominal || Qualities.Contains(tokens[i - 1].Word)) && !Levels.Contains(tokens[i - 1].Word) && tokens[i - 1].End == tokens[i].Start)
        {
            i--;
        }

        if (i == 0 || i == end && tokens[end].Word.Length <= 3 || !Levels.Contains(tokens[i - 1].Word) || tokens[i - 1].End != tokens[i].Start
            || (i > 1 && tokens[i - 2].IsNominal && tokens[i - 2].End == tokens[i - 1].Start))
        {
            return null;
        }

        var name = text[tokens[i - 1].Start..tokens[end].End];
        return OrganisationSuffixes.Of(name, unitContext: false) is { } kind && (Conferred.Contains(kind.Kind) || ConferredPlatforms.Any(p => name.EndsWith(p, StringComparison.Ordinal)))
            && !HasProperPart(tokens, i, end, kind.Length) ? i - 1 : null;
    }

    /// <summary>
    /// The end of a name that a place in brackets follows (某大学长三角研究院(青山), 某创新中心(江南)): a branch
    /// is named with its place, and the brackets are part of the name; otherwise <paramref name="end"/>.
    /// </summary>
    public static int WithPlaceInBrackets(string text, int end, Func<string, bool> isPlace)
    {
        if (end >= text.Length || text[end] != '(')
        {
            return end;
        }

        var close = text.IndexOf(')', end);
        return close > end + 1 && close - end <= 8 && isPlace(text[(end + 1)..close]) ? close + 1 : end;
    }

    /// <summary>
    /// The start of a name that is an item of a list (…、某大学某省某某与某某研究院、…等): the whole item between the
    /// separators, whatever words it holds (与, adjectives, more words than a name in running text has), as long as
    /// it starts with a proper part and holds no punctuation, figure, 等 or policy verb; otherwise <paramref name="start"/>.
    /// </summary>
    private static int ListItemStart(IReadOnlyList<Token> tokens, int start, int end)
    {
        // The list goes on (、, 等), or ends with the name (…、某某研发中心建设。).
        var after = end + 1 < tokens.Count ? tokens[end + 1] : null;
        if (after is not null && after.Word is not ("、" or "等") && after.Pos != "x" && !Token.IsPolicyVerb(after.Word))
        {
            return start;
        }

        var i = start - 1;
        while (i >= 0 && tokens[i].Word is not ("、" or "等") && tokens[i].Pos is not ("x" or "m") && !Token.IsPolicyVerb(tokens[i].Word) && tokens[end].End - tokens[i].Start <= MaxListItemLength)
        {
            i--;
        }

        return i >= 0 && i < start - 1 && tokens[i].Word == "、" && tokens[i + 1].Pos is "ns" or "nt" or "nz" or "nr" ? i + 1 : start;
    }

    /// <summary>
    /// The start of a quoted name (“…”攻坚行动) extended leftwards over the nominal words that run on into
    /// the quotation mark without a break (某产业“…”攻坚行动): they are part of the name. A place or a known name before it
    /// (某市“…”计划) says whose programme it is and stays a mention of its own.
    /// </summary>
    public static int ExtendLeft(IReadOnlyList<Token> tokens, int start)
    {
        var i = tokens.Count - 1;
        while (i >= 0 && tokens[i].Start >= start)
        {
            i--;
        }

        var first = i + 1;
        while (i >= 0 && first - i <= MaxWordsBefore && tokens[i].End == (first < tokens.Count ? tokens[first].Start : start) && Continues(tokens, i, programmeEnd: -1)
               && !NotNames.Contains(tokens[i].Word) && !Levels.Contains(tokens[i].Word) && tokens[i].Pos is not ("nz" or "ns" or "nt"))
        {
            first = i;
            i--;
        }

        while (first < tokens.Count && tokens[first].Start < start && !tokens[first].IsNominal)
        {
            first++;
        }

        return first < tokens.Count && tokens[first].Start < start ? tokens[first].Start : start;
    }

    /// <summary>A programme's name (…计划, …工程) is descriptive: a verb or adjective may stand in it (某某培育计划, 紧缺人才培养工程).</summary>
    private static bool IsProgramme(string text, int end) =>
        (text.AsSpan(0, end).EndsWith("计划", StringComparison.Ordinal) && !text.AsSpan(0, end).EndsWith("行动计划", StringComparison.Ordinal))
        || text.AsSpan(0, end).EndsWith("工程", StringComparison.Ordinal);

    /// <summary>
    /// 与 between two generic nominal words inside a name before its suffix (某大学激光与光电研究院): part of the name. Not between
    /// two names (甲大学与乙研究院), nor where the suffix's word follows it at once, nor before a verb (与…共建 stops the name at the verb).
    /// </summary>
    private static bool IsConjunctionInName(IReadOnlyList<Token> tokens, int i, int suffixWord) =>
        tokens[i].Word == "与" && i > 0 && i + 1 < suffixWord && IsGenericWord(tokens[i - 1]) && IsGenericWord(tokens[i + 1])
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>A word tagged as a number and classifier, without a digit, between two nominal words of a name before its suffix's word.</summary>
    private static bool IsCountBetweenNouns(IReadOnlyList<Token> tokens, int i, int suffixWord) =>
        tokens[i].Pos == "mq" && !tokens[i].Word.Any(char.IsAsciiDigit) && i > 0 && i + 1 < suffixWord && tokens[i - 1].IsNominal && tokens[i + 1].IsNominal
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>联合 right before the suffix's words after a nominal word (某某医学联合研究中心, 某某联合实验室): a joint body's name, not the verb.</summary>
    private static bool IsJointBeforeSuffix(IReadOnlyList<Token> tokens, int i, string text, int nameEnd) =>
        i > 0 && tokens[i - 1].End == tokens[i].Start
        && (tokens[i].Word == "联合" && tokens[i - 1].IsNominal && OrganisationSuffixes.IsSuffix(text[tokens[i].End..nameEnd])
            || (tokens[i - 1].IsNominal || tokens[i - 1].IsInnerVerb) && OrganisationSuffixes.IsSuffix(text[tokens[i].Start..nameEnd]));

    /// <summary>A nominal word that names nothing by itself: no place, organisation or person, no suffix of a body.</summary>
    private static bool IsGenericWord(Token token) =>
        token.IsNominal && token.Pos is not ("ns" or "nt" or "nz" or "nr" or "nrt") && !NotNames.Contains(token.Word) && OrganisationSuffixes.Of(token.Word, unitContext: false) is null;

    /// <summary>The dash between two places that a partnership's name pairs (甲地—乙地某某基金).</summary>
    private static bool IsPlacePairDash(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Word == "—" && i > 0 && i + 1 < tokens.Count && tokens[i - 1].Pos is "ns" or "nt" && tokens[i + 1].Pos is "ns" or "nt"
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>An adjective or a verb inside a programme's name (紧缺, 培育); never a figure.</summary>
    private static bool IsProgrammeWord(Token token) =>
        token.Word.Length >= 2 && token.Pos is "a" or "v" or "vn" && !token.Word.Any(char.IsDigit) && !NotNames.Contains(token.Word);

    /// <summary>
    /// Whether word <paramref name="i"/> can be part of a name: a nominal word, a verb between nominal words, and in a
    /// programme's name ending at word <paramref name="programmeEnd"/> an adjective, a word of time, or a verb just
    /// before the suffix after a nominal word (春苗培育计划; 某某实施工程 never, as no nominal word precedes 实施 there).
    /// </summary>
    private static bool Continues(IReadOnlyList<Token> tokens, int i, int programmeEnd) =>
        tokens[i].IsNominal || IsPlacePairDash(tokens, i) || ((tokens[i].IsInnerVerb || IsPolicyVerbAfterVerb(tokens, i)) && AfterNominal(tokens, i))
        || IsAdjectiveOfNoun(tokens, i) || IsQuarterOfPlace(tokens, i) || IsMorphemeOfPlace(tokens, i) || IsCharacterOfCompound(tokens, i)
        || (programmeEnd >= 0 && IsProgrammeWord(tokens[i])
            && (tokens[i].Pos == "a" || (i == programmeEnd - 1 && i > 0 && tokens[i - 1].IsNominal)));

    /// <summary>
    /// An adjective between two nominal words, written together with the noun after it: a word of the name, not a break in
    /// it or a verb inside the name. One or two characters after a nominal word (某地/ns 新/a 材料/n → 新材料, 某地 医药/n 健康/a
    /// 协同/n 创新研究院, 某地 生命/vn 健康/a 创新/v 研究院); a longer one only right after a place or an organisation, where no
    /// sentence's adjective stands (某地/ns 精密/a 检测/vn 技术研究院).
    /// </summary>
    private static bool IsAdjectiveOfNoun(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "a" && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsNominal
        && (tokens[i + 1].IsNominal || tokens[i + 1].IsInnerVerb)
        && (tokens[i].Word.Length <= 2 || IsAdjectiveAfterPlace(tokens, i))
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>A quarter of the place before it, before a nominal word (某地/ns 南部/f 商务区): a word of the name.</summary>
    private static bool IsQuarterOfPlace(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "f" && tokens[i].Word.Length == 2 && i > 0 && i + 1 < tokens.Count && tokens[i - 1].Pos is "ns" or "nt" && tokens[i + 1].IsNominal
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>One character jieba knows no word for, between a place and a nominal word (某地/ns 湾/zg 新区/ns): a word of the name.</summary>
    private static bool IsMorphemeOfPlace(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "zg" && tokens[i].Word.Length == 1 && ChineseScript.IsHan(tokens[i].Word[0]) && i > 0 && i + 1 < tokens.Count
        && tokens[i - 1].Pos is "ns" or "nt" && tokens[i + 1].IsNominal && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>A verb of one character jieba cut from a compound, between two nominal words (某地 智能网/n 联/v 汽车/n): a word of the name.</summary>
    private static bool IsCharacterOfCompound(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "v" && tokens[i].Word.Length == 1 && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsNominal && tokens[i + 1].IsNominal
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    private static bool IsAdjectiveAfterPlace(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "a" && i > 0 && tokens[i - 1].Pos is "ns" or "nt" && tokens[i - 1].End == tokens[i].Start;

    /// <summary>
    /// A policy verb used as a noun right after a verb inside a name (某某产业/n 创新/v 服务/vn 综合体): part of the name. Right after a
    /// noun it is the sentence's verb (企业/n 建设/vn 研究院), and the name starts after it.
    /// </summary>
    private static bool IsPolicyVerbAfterVerb(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Pos == "vn" && Token.IsPolicyVerb(tokens[i].Word) && i > 0 && tokens[i - 1].IsInnerVerb && tokens[i - 1].End == tokens[i].Start;

    /// <summary>Whether inner verbs run back from word <paramref name="i"/> to a nominal word (某某成果/n 转移/v 转化/v 示范/v 基地): at most three.</summary>
    private static bool AfterNominal(IReadOnlyList<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 3 && tokens[k].IsInnerVerb)
        {
            k--;
        }

        return k >= 0 && i - k <= 3 && (tokens[k].IsNominal || IsAdjectiveAfterPlace(tokens, k) || IsAdjectiveOfNoun(tokens, k)) && !NotNames.Contains(tokens[k].Word);
    }

    /// <summary>A place, organisation, person or other proper noun among the words, or a Latin letter or digit (G60).</summary>
    private static bool HasProperPart(IReadOnlyList<Token> tokens, int start, int end, int suffixLength)
    {
        // The suffix itself (孵化器/nz) is no proper part; the last word counts only for what it holds before the suffix.
        var last = tokens[end].Word.Length > suffixLength ? end : end - 1;
        for (var i = start; i <= last; i++)
        {
            if (tokens[i].Pos is "ns" or "nt" or "nz" or "nr" or "nrt" or "eng" or "m" || tokens[i].Word.Any(char.IsAsciiLetterOrDigit))
            {
                return true;
            }
        }

        return false;
    }

}
