using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>A list of responsible units as the text gives it: where it stands and each unit's name and span, in order.</summary>
public sealed record UnitList(int Start, int End, IReadOnlyList<(int Start, int End, string Name)> Units, bool Truncated);

/// <summary>
/// Finds <c>(责任单位:A、B、C)</c> or <c>【责任单位:A、B、C】</c> (also 牵头单位, 责任部门, with or without the closing bracket
/// at the paragraph's end) and splits it into units: at 、，, and ; outside brackets, so
/// 有关县(市、区)政府 stays one unit; then each item once more where one unit's name ends (部, 办, 局 ...)
/// and another's begins with a place (市, 县, 区, 省), so 市委组织部市委人才办 is two. A unit marked
/// 牵头 (A牵头, A(牵头)) leads whatever its place in the list: it is moved first.
/// </summary>
public static partial class UnitListRule
{
    public const string Method = "unit-list";

    public static IEnumerable<UnitList> Find(string text, Func<int, bool>? insideKnownName = null)
    {
        var found = new List<UnitList>();
        foreach (Match m in ListPattern().Matches(text).Concat(SquareBracketedListPattern().Matches(text)))
        {
            var body = m.Groups["body"];
            var units = Split(text, body.Index, body.Index + body.Length, insideKnownName);
            if (units.Count > 0)
            {
                var truncated = !m.Groups["close"].Success;
                found.Add(new UnitList(m.Index, m.Index + m.Length, Lead(truncated ? Completed(units) : units), truncated));
            }
        }

        foreach (Match m in UnbracketedListPattern().Matches(text).Concat(LeadPhrasePattern().Matches(text)))
        {
            if (found.Any(l => l.Start < m.Index + m.Length && m.Index < l.End))
            {
                continue;
            }

            var units = new List<(int Start, int End, string Name)>();
            if (m.Groups["lead"].Success)
            {
                units.AddRange(Split(text, m.Groups["lead"].Index, m.Groups["lead"].Index + m.Groups["lead"].Length, insideKnownName));
            }

            var body = m.Groups["body"];
            if (body.Success)
            {
                units.AddRange(Split(text, body.Index, body.Index + body.Length, insideKnownName));
            }

            if (units.Count > 0)
            {
                found.Add(new UnitList(m.Index, m.Index + m.Length, Lead(units), false));
            }
        }

        return found.OrderBy(l => l.Start);
    }

    /// <summary>True when the paragraph ends inside the opening of a list (<c>(责任单位</c>), which the next paragraph then carries on.</summary>
    public static bool EndsWithOpenList(string text) => OpenListAtEnd().IsMatch(text);

    /// <summary>The rest of a list opened at the end of the previous paragraph: from the start up to its closing bracket.</summary>
    public static UnitList? Continuation(string text, Func<int, bool>? insideKnownName = null)
    {
        if (ContinuedList().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var body = m.Groups["body"];
        var units = Split(text, body.Index, body.Index + body.Length, insideKnownName);
        return units.Count == 0 ? null : new UnitList(m.Index, m.Index + m.Length, Lead(units), !m.Groups["close"].Success);
    }

    /// <summary>
    /// The units of [start, end) of <paramref name="text"/>, in order, each split where a compound joins
    /// two; a separator inside a known name (有关县市、区政府) does not split.
    /// </summary>
    public static List<(int Start, int End, string Name)> Split(string text, int start, int end, Func<int, bool>? insideKnownName = null)
    {
        var items = new List<(int, int, string)>();
        var depth = 0;
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : '、';
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '、' or ',' or '，' or ';' or '；' && !(i < end && insideKnownName?.Invoke(i) == true) && !IsCountyPhrase(text, i, end))
            {
                var (s, e) = Trim(text, itemStart, i);
                if (OtherField().Match(text, s, e - s) is { Success: true })
                {
                    // 牵头单位:A;配合单位:B;完成时限:2027年底 — the list ends where a field of another kind begins.
                    break;
                }

                if (e > s)
                {
                    items.AddRange(SplitCompound(text, s, e));
                }

                itemStart = i + 1;
            }
        }

        return items;
    }

    /// <summary>The county governments' phrase (有关县(市、区)政府, 各县(市、区)政府) cut off by the end of the paragraph is the whole phrase.</summary>
    private static List<(int Start, int End, string Name)> Completed(List<(int Start, int End, string Name)> units)
    {
        var last = units[^1];
        foreach (var phrase in CountyGovernments)
        {
            if (last.Name.Length >= 2 && last.Name.Length < phrase.Length && phrase.StartsWith(last.Name, StringComparison.Ordinal) && last.Name.EndsWith('县'))
            {
                return [.. units[..^1], (last.Start, last.End, phrase)];
            }
        }

        return units;
    }

    private static readonly string[] CountyGovernments = ["有关县(市、区)政府", "各县(市、区)政府"];

    /// <summary>县市、区 is 县(市、区) without its brackets: the county-level governments, one unit.</summary>
    private static bool IsCountyPhrase(string text, int at, int end) =>
        at >= 2 && at + 1 < end && text[at - 1] == '市' && text[at - 2] == '县' && text[at + 1] == '区';

    private static IEnumerable<(int, int, string)> SplitCompound(string text, int start, int end)
    {
        var from = start;
        for (var i = start + 2; i < end - 1; i++)
        {
            if (text[i] is '市' or '县' or '区' or '省' && EndsUnit(text, from, i) && !IsInsideWord(text, i))
            {
                yield return (from, i, text[from..i]);
                from = i;
            }
        }

        yield return (from, end, text[from..end]);
    }

    private static bool EndsUnit(string text, int from, int at) =>
        at - from >= 3 && OrganisationSuffixes.UnitEnds.Any(s => at - from > s.Length && string.CompareOrdinal(text, at - s.Length, s, 0, s.Length) == 0);

    /// <summary>市 after 团 or 人行… is part of the name (团市委); a 市 directly followed by 场 is 市场.</summary>
    private static bool IsInsideWord(string text, int at) => at + 1 < text.Length && text[at] == '市' && text[at + 1] == '场';

    /// <summary>An item without the label that opens it (配合单位:B) and without what closes a list (等, 按职责分工负责).</summary>
    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ':' or '：'))
        {
            start++;
        }

        if (LabelAtStart().Match(text, start, end - start) is { Success: true } label)
        {
            start = label.Index + label.Length;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '。' or '.'))
        {
            end--;
        }

        foreach (var closing in ListClosings)
        {
            if (end - start >= closing.Length && string.CompareOrdinal(text, end - closing.Length, closing, 0, closing.Length) == 0)
            {
                end -= closing.Length;
                break;
            }
        }

        return (start, end);
    }

    private static readonly string[] ListClosings = ["按职责分工负责", "等"];

    /// <summary>The units with the one marked 牵头 (A牵头, A(牵头)) moved first, every mark dropped.</summary>
    public static List<(int Start, int End, string Name)> Lead(List<(int Start, int End, string Name)> units)
    {
        var marked = units.FindIndex(u => u.Name.EndsWith("牵头", StringComparison.Ordinal) || u.Name.EndsWith("(牵头)", StringComparison.Ordinal));
        var cleaned = units.Select(u => Unmark(u)).ToList();
        if (marked > 0)
        {
            var lead = cleaned[marked];
            cleaned.RemoveAt(marked);
            cleaned.Insert(0, lead);
        }

        return cleaned;
    }

    private static (int Start, int End, string Name) Unmark((int Start, int End, string Name) unit)
    {
        foreach (var mark in new[] { "(牵头)", "牵头" })
        {
            if (unit.Name.EndsWith(mark, StringComparison.Ordinal) && unit.Name.Length > mark.Length)
            {
                return (unit.Start, unit.End - mark.Length, unit.Name[..^mark.Length]);
            }
        }

        return unit;
    }

    [GeneratedRegex(@"[(（]\s*(?:责任单位|责任|牵头单位|牵头|责任部门)?\s*[:：]?\s*$")]
    private static partial Regex OpenListAtEnd();

    [GeneratedRegex(@"^\s*(?:单位|部门)?\s*[:：]\s*(?<body>[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)(?<close>[)）])?")]
    private static partial Regex ContinuedList();

    /// <summary>The labels that open a list of responsible units, as a regular expression's alternatives.</summary>
    public const string Labels = "责任单位|牵头单位|责任部门|牵头部门|配合单位|配合部门|协办单位";

    /// <summary>Whether the words are a label of units (责任单位, 牵头单位 …), as a table's header names its column of units.</summary>
    public static bool IsLabel(string words) => Labels.Split('|').Contains(words);

    /// <summary>Whether the label names the units that lead (牵头单位, 牵头部门).</summary>
    public static bool IsLeadLabel(string words) => IsLabel(words) && words.StartsWith(LeadMark, StringComparison.Ordinal);

    private const string LeadMark = "牵头";

    [GeneratedRegex(@"\G\s*(?:" + Labels + @")\s*[:：]\s*")]
    private static partial Regex LabelAtStart();

    /// <summary>A field of a task's line that names no units (完成时限:…, 工作目标:…).</summary>
    [GeneratedRegex(@"\G[\u4e00-\u9fff]{2,6}[:：]")]
    private static partial Regex OtherField();

    /// <summary>
    /// A list on its own line or clause: 责任单位:A、B; 牵头单位:A;配合单位:B、C — to the full stop or the line's end; also right
    /// after a task's name on its line (1. 某某任务 牵头单位:A, whose space the normaliser drops between Chinese characters).
    /// </summary>
    [GeneratedRegex(@"(?<=^|[。;；\s)）\u4e00-\u9fff])(?:" + Labels + @")\s*[:：]\s*(?<body>[^。\n()（）]*(?:[(（][^()（）]*[)）][^。\n()（）]*)*)", RegexOptions.Multiline)]
    private static partial Regex UnbracketedListPattern();

    /// <summary>
    /// A lead stated in running text: A牵头负责, A牵头,B、C配合; as a speech assigns it too, A要牵头(抓总),B、C要全力配合 (the
    /// units before 要, a few words of manner between it and the verb, and what follows the verb to the clause's end).
    /// </summary>
    [GeneratedRegex(@"(?<=^|[。;；\s)）,，])(?:由)?(?<lead>[^。;；,，、\s()（）]{2,20}?)要?牵头(?:负责|抓总)?(?:(?<=负责)(?=[。;；\n]|$)|[,，]\s*(?<body>[^。;；\n]{2,80}?)(?:要[^。;；,，\n]{0,6}?)?(?:配合|协同|参与|对接)(?:负责|[^。;；,，\n]{0,8}?)(?=[。;；,，\n]|$))", RegexOptions.Multiline)]
    private static partial Regex LeadPhrasePattern();

    [GeneratedRegex(@"[(（]\s*(?:" + Labels + @")\s*[:：]\s*(?<body>[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)(?<close>[)）])?")]
    private static partial Regex ListPattern();

    /// <summary>【责任单位:A、B】: a list in square brackets, as some documents write it.</summary>
    [GeneratedRegex(@"【\s*(?:" + Labels + @")\s*[:：]\s*(?<body>[^【】]*)(?<close>】)?")]
    private static partial Regex SquareBracketedListPattern();
}
