namespace InnoGraph.Api.Validation;

/// <summary>
/// UTF-16 text without unpaired surrogates. Such text cannot be encoded as UTF-8 (for Neo4j, for
/// the response), so it is refused where it enters instead of failing deep inside a serialiser.
/// </summary>
internal static class WellFormedText
{
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
