using System.Text.RegularExpressions;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A numbered heading: an action (<c>(一)实施…行动。</c>), a task (<c>1.打造…体系。</c>), or a heading
/// whose part is known only from what follows it (<see cref="Deferred"/>). Level: 1 for 一、, 2 for (一) and 一是,
/// 3 for 1. and 1、, 4 for (1).
/// </summary>
public sealed record Heading(int Start, int End, bool IsAction, string Number, string Name, int Level = 3, bool Deferred = false)
{
    /// <summary>A chapter (一、主要目标) is never a task: it closes the headings open before it.</summary>
    public bool IsChapter => Level == 1;
}

/// <summary>
/// The headings of a plan's key tasks: 一、 chapters are not tasks; (一)…行动 or 一是(实施)…行动 opens an action and
/// <c>N.</c> a task in it, whose name (Latin letters and digits inside it, as in G60) runs to the
/// first full stop or, where a page break cut it off, to the paragraph's end and on to the full stop that the next paragraph opens with. Headings of any other
/// level — (一), 一是, 第一 (a speech's points) and 第一条 (an article), 1、, (1) — are deferred: a list of responsible units after one makes it a task,
/// and the heading above it, if any, its action. A list of responsible units belongs to the innermost heading before it.
/// </summary>
public static partial class TaskHeadingRule
{
    public const string Method = "task-heading";

    /// <param name="next">The next paragraph's text, which carries on a heading that a page break cut off at this one's end.</param>
    public static IEnumerable<Heading> Find(string text, string? next = null)
    {
        var found = new List<Heading>();
        foreach (Match m in ActionPattern().Matches(text))
        {
            found.Add(Of(text, m, true, 2, false));
        }

        foreach (Match m in TaskPattern().Matches(text))
        {
            found.Add(Of(text, m, false, 3, false, next));
        }

        foreach (var (pattern, level) in new[] { (ChapterPattern(), 1), (SectionPattern(), 2), (EnumerationPattern(), 2), (SpokenOrdinalPattern(), 2), (ItemPattern(), 3), (SubItemPattern(), 4) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var heading = Of(text, m, false, level, true);
                if (!found.Any(h => h.Start < heading.End && heading.Start < h.End))
                {
                    found.Add(heading);
                }
            }
        }

        return found.OrderBy(h => h.Start);
    }

    /// <summary>The chapters (一、…, numbered from 1 in the order they open; 0 before the first) that name an action (…行动) of theirs.</summary>
    public static IReadOnlySet<int> ChaptersNamingActions(IEnumerable<string> paragraphs)
    {
        var chapter = 0;
        var naming = new HashSet<int>();
        foreach (var heading in paragraphs.SelectMany(p => Find(p)))
        {
            if (heading.IsChapter)
            {
                chapter++;
            }
            else if (heading.IsAction)
            {
                naming.Add(chapter);
            }
        }

        return naming;
    }

    /// <summary>A chapter that holds a plan's tasks rather than naming one aim (二、重点任务, 三、2026年重点工作): never their action.</summary>
    public static bool IsContainer(Heading chapter) => chapter.Name.EndsWith("任务", StringComparison.Ordinal) || YearContext.All(chapter.Name).Any();

    private static Heading Of(string text, Match m, bool isAction, int level, bool deferred, string? next = null)
    {
        var name = m.Groups["name"];
        var end = name.Index + name.Length;
        while (end > name.Index && text[end - 1] is ',' or ';' or ':' or ' ')
        {
            end--;
        }

        // 1 .引育高端创 | 新人才。: the words the next page opens with, up to its first full stop, end the name a page break cut.
        var rest = end == text.Length && next is not null && CutOffRest().Match(next) is { Success: true } r && end - name.Index + r.Groups["rest"].Length <= 30 ? r.Groups["rest"].Value : "";
        return new Heading(name.Index, end, isAction, m.Groups["n"].Value, text[name.Index..end] + rest, level, deferred);
    }

    [GeneratedRegex(@"^(?<rest>[\u4e00-\u9fff“”A-Za-z0-9]{1,12})。")]
    private static partial Regex CutOffRest();

    [GeneratedRegex(@"(?:\((?<n>[一二三四五六七八九十]{1,3})\)|(?<![\u4e00-\u9fff])(?<n>[一二三四五六七八九十]{1,3})是(?:实施|开展)?)(?<name>[^。()，,]{2,30}?行动)(?:[。.]|$)")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"(?:^|[。)”\s])(?<n>\d{1,2})\s*\.\s*(?<name>[\u4e00-\u9fff“”\-][\u4e00-\u9fff“”\-A-Za-z0-9]{1,29}?)(?:[。.]|$|(?=(?:" + UnitListRule.Labels + @")\s*[:：]))")]
    private static partial Regex TaskPattern();

    /// <summary>一、总体要求。, 三、2026年重点工作 or, run together with the section that opens it, 一、总体要求(一)指导思想: the chapter's name ends before the section.</summary>
    [GeneratedRegex(@"(?:^|(?<=[。\n]))\s*(?<n>[一二三四五六七八九十]{1,3})、(?<name>(?:20\d{2}年)?[\u4e00-\u9fff][^。\n]{1,29}?)(?:。|$|(?=[(（][一二三四五六七八九十]{1,3}[)）]))", RegexOptions.Multiline)]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"(?:^|(?<=[。\n]))\s*[(（](?<n>[一二三四五六七八九十]{1,3})[)）](?<name>[\u4e00-\u9fff“][^。\n]{1,39}?)(?:。|$)", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();

    /// <summary>第一,… or 第一条 at a paragraph's start: the points of a speech (第一,加快平台建设。…), the articles of measures (第一条 支持平台建设。…).</summary>
    [GeneratedRegex(@"^\s*第(?<n>[一二三四五六七八九十]{1,3})(?:[,，]|条\s*)(?<name>[\u4e00-\u9fff“][^。\n]{1,39}?)(?:。|$)", RegexOptions.Multiline)]
    private static partial Regex SpokenOrdinalPattern();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<n>[一二三四五六七八九十]{1,3})是(?<name>[\u4e00-\u9fff“][^。;；\n]{1,39}?)(?:[。;；]|$)", RegexOptions.Multiline)]
    private static partial Regex EnumerationPattern();

    [GeneratedRegex(@"(?:^|(?<=[。\n]))\s*(?<n>\d{1,2})\s*[、.．](?<name>[\u4e00-\u9fff“][^。\n]{1,39}?)(?:。|$)", RegexOptions.Multiline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"(?:^|(?<=[。\n]))\s*[(（](?<n>\d{1,2})[)）](?<name>[\u4e00-\u9fff“][^。\n]{1,39}?)(?:。|$)", RegexOptions.Multiline)]
    private static partial Regex SubItemPattern();
}
