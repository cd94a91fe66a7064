using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// The year that a heading states (二、2024年工作成效) or that opens a paragraph introducing a list (2024年,全区…:一是…)
/// reaches the paragraphs after it: what they tell without a year is told of that year, not of the document's date,
/// until a heading or list opening names another year, or a chapter heading (一、) names none; so does the past year a
/// paragraph opens with (过去一年,… in a report of 2026: 2025), what the paragraphs after it review.
/// </summary>
public static partial class HeadingYear
{
    private const int MaxHeadingLength = 30;

    /// <summary>The year in force after the paragraph <paramref name="text"/>, given the one in force before it.</summary>
    public static int? After(string text, int? current, YearContext years)
    {
        if (years.OpeningPastYear(text) is { } past)
        {
            return past;
        }

        if (IsHeading(text))
        {
            return YearContext.All(text).Distinct().ToList() is [var year] ? year : Chapter().IsMatch(text) ? null : current;
        }

        return OpensList().Match(text) is { Success: true } opening ? YearContext.Last(opening.Value) ?? current
            : current is not null && OpensWithYear().Match(text) is { Success: true } opensWith && YearContext.Last(opensWith.Value) > current ? YearContext.Last(opensWith.Value) : current;
    }

    /// <summary>
    /// The year a heading or chapter opens to plan (三、2026年重点任务, 2026年工作思路: its one year, with words of what is to be
    /// done), in force until another chapter or a heading with a year; <paramref name="current"/> when the paragraph is neither.
    /// </summary>
    public static int? Planned(string text, int? current)
    {
        var chapter = Chapter().IsMatch(text);
        if (!chapter && !IsHeading(text))
        {
            return current;
        }

        // A chapter's words are its heading's, up to its first full stop.
        var stop = text.IndexOf('。', StringComparison.Ordinal);
        var head = chapter && stop >= 0 ? text[..(stop + 1)] : text;
        var years = YearContext.All(head).Distinct().ToList();
        return years is [var year] && PlanWords.Any(w => head.Contains(w, StringComparison.Ordinal)) ? year
            : chapter || years.Count > 0 ? null
            : current;
    }

    private static readonly string[] PlanWords = ["任务", "工作思路", "工作打算", "工作计划", "工作安排"];

    /// <summary>A line with no full stop and short: a heading, not a sentence.</summary>
    private static bool IsHeading(string text) => text.Length <= MaxHeadingLength && !text.Contains('。', StringComparison.Ordinal) && !text.EndsWith(':');

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}、")]
    private static partial Regex Chapter();

    /// <summary>A year at the paragraph's start (2024年, 到2025年) in the words up to a colon that a list follows.</summary>
    [GeneratedRegex(@"^[到至]?20\d{2}年[^。:]{0,60}:")]
    private static partial Regex OpensList();

    /// <summary>A year the paragraph opens with (2026年,我们将…): a later one than the year in force turns the text to it.</summary>
    [GeneratedRegex(@"^20\d{2}年[,，]")]
    private static partial Regex OpensWithYear();
}
