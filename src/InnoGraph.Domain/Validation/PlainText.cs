using System.Globalization;
using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Text values are plain text on one line: no control characters (NUL, tabs, line breaks and the
/// rest of Unicode's Cc, plus the line and paragraph separators), no bidirectional formatting
/// characters (embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, and the marks
/// U+200E, U+200F, U+061C), which make text display in another order than it is stored, and no
/// unpaired UTF-16 surrogates.
/// </summary>
public static class PlainText
{
    /// <summary>What is wrong with <paramref name="text"/> as the value of <paramref name="field"/>, or null.</summary>
    public static string? Problem(string field, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Utf16.IsPairAt(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field} contains an unpaired UTF-16 surrogate ({Code(c)}) at position {i + 1}: send valid Unicode text";
            }
            else if (IsBidiControl(c))
            {
                return $"{field} contains the bidirectional formatting character {Code(c)} at position {i + 1}: it makes text display in another order than it is stored, so plain-text fields refuse it";
            }
            else if (IsControl(c))
            {
                return $"{field} contains the control character {Code(c)} at position {i + 1}: {field} is plain text on one line";
            }
        }

        return null;
    }

    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
