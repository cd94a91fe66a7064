namespace InnoGraph.Domain.Text;

/// <summary>
/// Surrogates in UTF-16 text: a high surrogate followed by a low one is one character; any other
/// surrogate is unpaired. Text with an unpaired surrogate cannot be encoded as UTF-8 (for Neo4j,
/// for a response, for a log), so it is refused or escaped where it enters.
/// </summary>
public static class Utf16
{
    /// <summary>True when a surrogate pair starts at <paramref name="index"/>.</summary>
    public static bool IsPairAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    /// <summary>True when <paramref name="text"/> holds no unpaired surrogate.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
