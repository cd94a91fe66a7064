using System.Globalization;
using System.Text;

namespace InnoGraph.Domain.Text;

/// <summary>
/// Text a client chose, made safe to echo where a person reads it (an error message, a log line):
/// cut to a length, with every character that could forge a line or make the text display in
/// another order than it is stored replaced: controls, format characters (bidirectional overrides,
/// zero-width characters), line and paragraph separators, and unpaired surrogates.
/// </summary>
public static class EchoedText
{
    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="maxLength"/> characters (then ending in '…'), each unsafe
    /// character replaced by what <paramref name="replace"/> gives for it.
    /// </summary>
    public static string Of(string text, int maxLength, Func<char, string> replace)
    {
        var cut = text.Length > maxLength;
        var span = cut ? text.AsSpan(0, maxLength) : text.AsSpan();
        var builder = new StringBuilder(span.Length + 1);
        for (var i = 0; i < span.Length; i++)
        {
            if (Utf16.IsPairAt(span, i))
            {
                builder.Append(span[i]).Append(span[++i]);
            }
            else if (IsUnsafe(span[i]))
            {
                builder.Append(replace(span[i]));
            }
            else
            {
                builder.Append(span[i]);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>The character as <c>\uXXXX</c>.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    // Paired surrogates are taken before this is asked, so any surrogate here is unpaired.
    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
