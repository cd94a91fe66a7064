using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Normalisation;

/// <summary>
/// Page numbers that a copied PDF leaves at the start of its lines (<c>1、</c>, <c>2、</c> ...).
/// They look like list numbers, so one alone proves nothing; what gives them away is a run of
/// consecutive numbers on consecutive paragraphs where most paragraphs before them stop mid-sentence,
/// which a real list never does.
/// </summary>
public static partial class PageDebris
{
    private const int MinimumRun = 3;

    /// <summary>For each paragraph, how many leading characters are a page number to drop (0 for none).</summary>
    public static int[] Find(IReadOnlyList<string> paragraphs)
    {
        var numbers = paragraphs.Select(p => LeadingNumber().Match(p) is { Success: true } m
            ? (Number: int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), Length: m.Length)
            : (Number: -1, Length: 0)).ToArray();
        var skip = new int[paragraphs.Count];
        var i = 0;
        while (i < numbers.Length)
        {
            if (numbers[i].Number < 0)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < numbers.Length && numbers[end].Number == numbers[end - 1].Number + 1)
            {
                end++;
            }

            var runLength = end - i;
            var unfinished = Enumerable.Range(i, runLength).Count(k => k > 0 && !EndsSentence(paragraphs[k - 1]));
            if (runLength >= MinimumRun && unfinished * 2 > runLength)
            {
                for (var k = i; k < end; k++)
                {
                    skip[k] = numbers[k].Length;
                }
            }

            i = end;
        }

        return skip;
    }

    private static bool EndsSentence(string paragraph)
    {
        var trimmed = paragraph.TrimEnd();
        return trimmed.Length > 0 && "。！？；：!?;:」”\"".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(\d{1,3})[、，,]\s*")]
    private static partial Regex LeadingNumber();
}
