using System.Text;

namespace InnoGraph.Graph.Export;

/// <summary>
/// Text as every format may carry it: control characters other than tab, line feed and carriage
/// return, lone surrogates and U+FFFE/U+FFFF (none of which XML 1.0 allows) are dropped.
/// </summary>
public static class ExportText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.Any(IsSuspect))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!IsSuspect(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Several values in one cell or attribute, separated by <c>;</c> as Gephi's list columns expect.</summary>
    public static string Join(IEnumerable<string> values) => Clean(string.Join(";", values));

    private static bool IsSuspect(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
