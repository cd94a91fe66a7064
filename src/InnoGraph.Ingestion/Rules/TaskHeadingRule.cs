using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>A numbered heading: an action (<c>(一)实施…行动。</c>) or a task (<c>1.打造…体系。</c>).</summary>
public sealed record Heading(int Start, int End, bool IsAction, string Number, string Name);

/// <summary>
/// The headings of a plan's key tasks: 一、 chapters are not tasks; (一)…行动 or 一是(实施)…行动 opens an action and
/// <c>N.</c> a task in it, whose name (Latin letters and digits inside it, as in G60) runs to the
/// first full stop or, where a page break cut it off, to the paragraph's end. A list of responsible
/// units belongs to the last task heading before it.
/// </summary>
public static partial class TaskHeadingRule
{
    public const string Method = "task-heading";

    public static IEnumerable<Heading> Find(string text)
    {
        foreach (Match m in ActionPattern().Matches(text))
        {
            yield return new Heading(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, true, m.Groups["n"].Value, m.Groups["name"].Value);
        }

        foreach (Match m in TaskPattern().Matches(text))
        {
            yield return new Heading(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, false, m.Groups["n"].Value, m.Groups["name"].Value);
        }
    }

    [GeneratedRegex(@"(?:\((?<n>[一二三四五六七八九十]{1,3})\)|(?<![\u4e00-\u9fff])(?<n>[一二三四五六七八九十]{1,3})是(?:实施|开展)?)(?<name>[^。()，,]{2,30}?行动)[。.]")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"(?:^|[。)”\s])(?<n>\d{1,2})\s*\.\s*(?<name>[\u4e00-\u9fff“”\-][\u4e00-\u9fff“”\-A-Za-z0-9]{1,29}?)(?:[。.]|$)")]
    private static partial Regex TaskPattern();
}
