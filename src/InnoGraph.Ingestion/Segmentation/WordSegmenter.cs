using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace InnoGraph.Ingestion.Segmentation;

/// <summary>
/// jieba.NET's segmentation with part-of-speech tags, with the gazetteer's names as a user
/// dictionary (tagged <c>nt</c>) so that a known name comes out as one word. jieba's dictionary is
/// one per process: the words a previous gazetteer added and this one lacks are deleted again, so a
/// leave-one-out run does not see the names it left out, and each segmenter puts its own words back
/// before it cuts, so that segmenters of different gazetteers can be used side by side. Loading
/// takes seconds, once per process.
/// </summary>
public sealed class WordSegmenter
{
    private const int UserWordFrequency = 100_000;
    private static readonly Lock Gate = new();
    private static readonly Lazy<(JiebaSegmenter Words, PosSegmenter Tags)> Jieba = new(Load);
    private static HashSet<string> _userWords = new(StringComparer.Ordinal);

    private readonly HashSet<string> _wanted;

    private WordSegmenter(HashSet<string> wanted)
    {
        _wanted = wanted;
    }

    /// <summary>The segmenter, its user dictionary made exactly <paramref name="userWords"/>.</summary>
    public static WordSegmenter With(IEnumerable<string> userWords)
    {
        var segmenter = new WordSegmenter(userWords.ToHashSet(StringComparer.Ordinal));
        lock (Gate)
        {
            segmenter.UseOwnWords();
        }

        return segmenter;
    }

    /// <summary>Under <see cref="Gate"/>: jieba's one dictionary made this segmenter's again, should another have changed it meanwhile.</summary>
    private void UseOwnWords()
    {
        if (ReferenceEquals(_userWords, _wanted))
        {
            return;
        }

        var words = Jieba.Value.Words;
        foreach (var stale in _userWords.Where(w => !_wanted.Contains(w)))
        {
            words.DeleteWord(stale);
        }

        foreach (var word in _wanted.Where(w => !_userWords.Contains(w)))
        {
            words.AddWord(word, UserWordFrequency, "nt");
        }

        _userWords = _wanted;
    }

    public IReadOnlyList<Token> Segment(string text)
    {
        List<(string Word, string Flag)> pairs;
        lock (Gate)
        {
            UseOwnWords();
            pairs = [.. Jieba.Value.Tags.Cut(text).Select(p => (p.Word, p.Flag))];
        }

        var tokens = new List<Token>(pairs.Count);
        var at = 0;
        foreach (var (word, flag) in pairs)
        {
            var start = string.CompareOrdinal(text, at, word, 0, word.Length) == 0 ? at : text.IndexOf(word, at, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            tokens.Add(new Token(start, start + word.Length, word, flag ?? ""));
            at = start + word.Length;
        }

        return tokens;
    }

    private static (JiebaSegmenter, PosSegmenter) Load()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        var words = new JiebaSegmenter();
        return (words, new PosSegmenter(words));
    }
}
