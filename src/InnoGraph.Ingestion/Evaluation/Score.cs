namespace InnoGraph.Ingestion.Evaluation;

/// <summary>Precision, recall and F1 of a set of proposals against the curated facts, with the misses and the false proposals.</summary>
public sealed record Score(string Measure, int Gold, int Proposed, int Correct, IReadOnlyList<string> Missed, IReadOnlyList<string> False)
{
    public double Precision => Proposed == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Proposed;

    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Compares two multisets of keys: each gold key is matched once at most.</summary>
    public static Score Of(string measure, IEnumerable<string> gold, IEnumerable<string> proposed)
    {
        var goldList = gold.ToList();
        var proposedList = proposed.ToList();
        var left = goldList.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var correct = 0;
        var wrong = new List<string>();
        foreach (var p in proposedList)
        {
            if (left.TryGetValue(p, out var n) && n > 0)
            {
                left[p] = n - 1;
                correct++;
            }
            else
            {
                wrong.Add(p);
            }
        }

        var missed = left.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).Order(StringComparer.Ordinal).ToList();
        return new Score(measure, goldList.Count, proposedList.Count, correct, missed, [.. wrong.Order(StringComparer.Ordinal)]);
    }

    public static Score Sum(string measure, IEnumerable<Score> scores)
    {
        var all = scores.ToList();
        return new Score(measure, all.Sum(s => s.Gold), all.Sum(s => s.Proposed), all.Sum(s => s.Correct), [.. all.SelectMany(s => s.Missed)], [.. all.SelectMany(s => s.False)]);
    }
}
