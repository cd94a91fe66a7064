namespace InnoGraph.Graph.Reading;

/// <summary>Bounds the translator enforces on arguments.</summary>
public sealed record Limits(int MaxPageSize = 100, int MaxDepth = 3, int MaxPathLength = 10, int MaxNeighbourhoodNodes = 500, int MaxIds = 50)
{
    public static Limits Default { get; } = new();

    public int Page(int? requested, string argument)
    {
        var value = requested ?? 20;
        if (value < 0 || value > MaxPageSize)
        {
            throw new TranslationException(RefusalCodes.InvalidArgument, $"'{argument}' must be between 0 and {MaxPageSize}; it was {value}.");
        }

        return value;
    }

    public static int Range(int? requested, int fallback, int min, int max, string argument)
    {
        var value = requested ?? fallback;
        if (value < min || value > max)
        {
            throw new TranslationException(RefusalCodes.InvalidArgument, $"'{argument}' must be between {min} and {max}; it was {value}.");
        }

        return value;
    }
}
