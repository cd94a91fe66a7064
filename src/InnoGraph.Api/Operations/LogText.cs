using System.Globalization;
using System.Text;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Makes text a client chose (operation name, path, method) safe for a log line: control and
/// format characters (newlines, bidi overrides) become <c>?</c> so that no one can forge a line or
/// reorder what a reader sees, and the length is capped so that no one can bloat a line.
/// </summary>
internal static class LogText
{
    public const int MaxOperationName = 64;

    public const int MaxPath = 128;

    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "-";
        }

        var cut = text.Length > maxLength;
        var span = cut ? text.AsSpan(0, maxLength) : text.AsSpan();
        var clean = new StringBuilder(span.Length + 1);
        foreach (var c in span)
        {
            clean.Append(char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                ? '?' : c);
        }

        return cut ? clean.Append('…').ToString() : clean.ToString();
    }
}
