using System.Collections.Frozen;

namespace InnoGraph.Domain.Text;

/// <summary>
/// Folds traditional Chinese characters to their simplified forms, so that a name written in
/// either script finds the same entity. The map is character by character and holds only pairs
/// that are unambiguous in place and organisation names; characters whose simplified form depends
/// on the word (乾, 著, 於, 畫 ...) are deliberately left as they are.
/// </summary>
public static class ChineseScript
{
    internal const string ResourceName = "traditional-simplified.tsv";

    private static readonly Lazy<FrozenDictionary<char, char>> LazyMap = new(Load);

    internal static FrozenDictionary<char, char> Map => LazyMap.Value;

    /// <summary>A Chinese character of the basic CJK block (U+4E00–U+9FFF), the letters of names in the documents.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Returns <paramref name="text"/> with every mapped traditional character replaced by its simplified form.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = Map;
        var first = IndexOfTraditional(text, map);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, map, first), static (span, state) =>
        {
            var (source, table, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                span[i] = table.TryGetValue(source[i], out var simplified) ? simplified : source[i];
            }
        });
    }

    /// <summary>True when <paramref name="text"/> holds at least one character the map folds.</summary>
    public static bool HasTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IndexOfTraditional(text, Map) >= 0;
    }

    private static int IndexOfTraditional(string text, FrozenDictionary<char, char> map)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Everything below the CJK blocks (ASCII, punctuation, Latin) is never mapped.
            if (text[i] >= '\u3400' && map.ContainsKey(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static FrozenDictionary<char, char> Load()
    {
        using var stream = typeof(ChineseScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(ChineseScript).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static FrozenDictionary<char, char> Parse(TextReader reader)
    {
        var pairs = new Dictionary<char, char>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length != 3 || line[1] != '\t' || char.IsSurrogate(line[0]) || char.IsSurrogate(line[2]) || line[0] == line[2])
            {
                throw new InvalidDataException($"{ResourceName} line {lineNumber}: expected 'traditional<TAB>simplified', two different characters.");
            }

            if (!pairs.TryAdd(line[0], line[2]))
            {
                throw new InvalidDataException($"{ResourceName} line {lineNumber}: '{line[0]}' is listed twice.");
            }
        }

        return pairs.ToFrozenDictionary();
    }
}
