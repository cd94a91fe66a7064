namespace InnoGraph.Domain.Text;

/// <summary>Traditional to simplified Chinese conversion for matching names.</summary>
public static class ChineseScript
{
    public static string ToSimplified(string text) => text;

    public static bool HasTraditional(string text) => false;
}
