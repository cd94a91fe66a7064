namespace InnoGraph.Ingestion.Normalisation;

/// <summary>
/// A paragraph's text as the rules read it (simplified script, half-width forms, no line-break
/// debris) together with, for every character of it, where it came from in the original text,
/// so that a match in the normalised text is a span of the original.
/// </summary>
public sealed class NormalisedText
{
    private readonly int[] _origin;

    internal NormalisedText(string original, string text, int[] origin)
    {
        Original = original;
        Text = text;
        _origin = origin;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span [start, end) of the normalised span [start, end).</summary>
    public Span ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            var at = start < Text.Length ? _origin[start] : Original.Length;
            return new Span(at, at);
        }

        return new Span(_origin[start], _origin[end - 1] + 1);
    }

    /// <summary>The original text of the normalised span [start, end).</summary>
    public string OriginalText(int start, int end) => ToOriginal(start, end).Of(Original);
}

/// <summary>A half-open character range [Start, End) of a text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}
