using System.Text;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Rules.Tables;

namespace InnoGraph.Ingestion.Normalisation;

/// <summary>
/// Folds a paragraph to the form the rules read, one original character at a time so every
/// normalised character knows its origin: traditional to simplified (the project's character map,
/// the same one name search uses), full-width ASCII and the ideographic space to half-width, and
/// whitespace that only a line break of a copied PDF put there (between two Chinese characters, or
/// inside a number such as <c>3. 65</c>) dropped. A page number left at the start of a paragraph is
/// dropped when the caller says the paragraph continues the previous one (see <see cref="PageDebris"/>).
/// </summary>
public static class TextNormaliser
{
    /// <summary>Characters before which a traditional 於 is the preposition 于 (位於, 設於, 坐落於, 屬於, 由於, 高於 …), not the surname.</summary>
    private const string BeforePreposition = "位设落建属对关由至等高低处基源";

    /// <summary>
    /// A character the character map leaves alone because its simplified form depends on the word (於), folded in the words
    /// where it has only one: 位於 → 位于, 於2024年 → 于2024年. One character for one, so offsets stay.
    /// </summary>
    private static string FoldInWords(string text)
    {
        var at = text.IndexOf('於', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; at >= 0; at = text.IndexOf('於', at + 1))
        {
            if ((at > 0 && BeforePreposition.Contains(chars[at - 1], StringComparison.Ordinal)) || (at + 1 < chars.Length && char.IsAsciiDigit(chars[at + 1])))
            {
                chars[at] = '于';
            }
        }

        return new string(chars);
    }

    /// <param name="columnSeparators">For a line of a table, the whitespace runs that part its cells: each stays, as one tab for each cell boundary it stands for.</param>
    public static NormalisedText Normalise(string original, int skipPrefix = 0, IReadOnlyList<ColumnSeparator>? columnSeparators = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        var folded = FoldInWords(ChineseScript.ToSimplified(original));
        var text = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length);
        for (var i = skipPrefix; i < folded.Length; i++)
        {
            var c = Fold(folded[i]);
            if (IsSpace(c))
            {
                var end = i;
                while (end < folded.Length && IsSpace(Fold(folded[end])))
                {
                    end++;
                }

                if (columnSeparators?.FirstOrDefault(s => s.Start == i) is { Cells: > 0 } separator)
                {
                    text.Append('\t', separator.Cells);
                    origin.AddRange(Enumerable.Repeat(i, separator.Cells));
                    i = end - 1;
                    continue;
                }

                var left = text.Length > 0 ? text[^1] : '\0';
                var right = end < folded.Length ? Fold(folded[end]) : '\0';
                if (KeepsSpace(left, right))
                {
                    text.Append(' ');
                    origin.Add(i);
                }

                i = end - 1;
                continue;
            }

            text.Append(c);
            origin.Add(i);
        }

        return new NormalisedText(original, text.ToString(), [.. origin]);
    }

    /// <summary>Full-width ASCII forms and the ideographic space to their half-width forms; Chinese punctuation stays.</summary>
    internal static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u3000';

    /// <summary>A space survives only between two Latin letters or digits ("Top 10"); elsewhere it is layout.</summary>
    private static bool KeepsSpace(char left, char right) => IsLatin(left) && IsLatin(right);

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
