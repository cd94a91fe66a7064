using System.Globalization;
using System.Text;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Input echoed in a message: quoted, cut to a readable length, and with control, format and
/// unpaired surrogate characters written as <c>\uXXXX</c>, so an error message never carries them.
/// </summary>
public static class Quoted
{
    public const int MaxLength = 40;

    public static string Of(string text)
    {
        var cut = text.Length <= MaxLength ? text : text[..MaxLength];
        var builder = new StringBuilder(cut.Length + 3).Append('\'');
        for (var i = 0; i < cut.Length; i++)
        {
            var c = cut[i];
            if (char.IsHighSurrogate(c) && i + 1 < cut.Length && char.IsLowSurrogate(cut[i + 1]))
            {
                builder.Append(c).Append(cut[++i]);
            }
            else if (char.IsSurrogate(c) || PlainText.IsRefused(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append(text.Length > MaxLength ? "…'" : "'").ToString();
    }
}
