namespace InnoGraph.Domain.Text;

/// <summary>
/// The keys name search starts from, taken from an entity's normalised names (<see cref="SearchText.Normalize"/>).
/// A name is cut into words (runs of Latin letters and digits), runs of other letters (Chinese and every other
/// script) and separators (spaces, punctuation). Its keys are each word whole, and each pair of neighbouring
/// characters of a run together with the run's last character: about one key per character of Chinese and one
/// per word of English.
/// </summary>
/// <remarks>
/// What a text's keys (<see cref="Of(string)"/>) promise: every name that holds the text, with the text's first word
/// at the start of one of the name's words, has all of the text's <see cref="TextKeys.Exact"/> keys, and a key that
/// starts with its <see cref="TextKeys.Prefix"/>. So the entities linked from the rarest exact key, or from the keys
/// starting with the prefix when there is no exact key, are the only ones that can match.
/// </remarks>
public static class SearchKeys
{
    /// <summary>Names the key format; part of a dataset's version, so a load rewrites keys of an older format.</summary>
    public const string Format = "words+pairs";

    /// <summary>The characters a word is made of.</summary>
    public const string WordCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static IReadOnlyList<string> Of(IEnumerable<string?> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => KeysOfName(SearchText.Normalize(n!)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The keys a search for <paramref name="text"/> may start from.</summary>
    public static TextKeys Of(string text)
    {
        var runs = Runs(SearchText.Normalize(text));
        var exact = new List<string>();
        string? prefix = null;
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var last = i == runs.Count - 1;
            if (run.Kind == RunKind.Word)
            {
                // A word the text goes on from is whole in the name; the text's last word may be the start of one.
                if (last) { prefix = run.Text; } else { exact.Add(run.Text); }
            }
            else if (run.Kind == RunKind.Letters)
            {
                exact.AddRange(Pairs(run.Characters));
                if (!last) { exact.Add(run.Characters[^1]); }
                else if (run.Characters.Count == 1) { prefix = run.Text; }
            }
        }

        return new TextKeys(exact.Distinct(StringComparer.Ordinal).ToList(), exact.Count == 0 ? prefix : null);
    }

    private static IEnumerable<string> KeysOfName(string normalised) =>
        Runs(normalised).SelectMany(run => run.Kind switch
        {
            RunKind.Word => [run.Text],
            RunKind.Letters => Pairs(run.Characters).Append(run.Characters[^1]),
            _ => [],
        });

    private enum RunKind { Word, Letters, Separator }

    private sealed record Run(RunKind Kind, List<string> Characters)
    {
        public string Text => string.Concat(Characters);
    }

    private static List<Run> Runs(string text)
    {
        var runs = new List<Run>();
        foreach (var rune in text.EnumerateRunes())
        {
            var kind = rune.IsAscii && WordCharacters.Contains((char)rune.Value) ? RunKind.Word
                : System.Text.Rune.IsLetterOrDigit(rune) ? RunKind.Letters
                : RunKind.Separator;
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1].Characters.Add(rune.ToString());
            }
            else
            {
                runs.Add(new Run(kind, [rune.ToString()]));
            }
        }

        return runs;
    }

    private static List<string> Pairs(List<string> chars) => Enumerable.Range(0, Math.Max(0, chars.Count - 1)).Select(i => chars[i] + chars[i + 1]).ToList();
}

/// <summary>
/// The keys a search may start from: <paramref name="Exact"/> keys every matching name has (the rarest is enough),
/// or, when there are none, a <paramref name="Prefix"/> that one of its keys starts with. Neither: no name can be found by its keys.
/// </summary>
public sealed record TextKeys(IReadOnlyList<string> Exact, string? Prefix);
