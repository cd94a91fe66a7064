namespace InnoGraph.Graph.Loading;

/// <summary>The steps of one load transaction; the last one also removes stale seed data and records the load.</summary>
public sealed record LoadTransaction(IReadOnlyList<LoadStep> Steps, bool Last)
{
    public int Rows => Steps.Sum(s => s.Rows);

    /// <summary>
    /// Packs steps into transactions of at most <paramref name="rowsPerTransaction"/> rows (a step is never split), as
    /// they are enumerated: only one transaction's statements and the next step are held at a time.
    /// Without steps there is still one (last) transaction.
    /// </summary>
    public static IEnumerable<LoadTransaction> Pack(IEnumerable<LoadStep> steps, int rowsPerTransaction)
    {
        var current = new List<LoadStep>();
        var rows = 0;
        foreach (var step in steps)
        {
            if (current.Count > 0 && rows + step.Rows > rowsPerTransaction)
            {
                yield return new LoadTransaction(current, Last: false);
                current = [];
                rows = 0;
            }

            current.Add(step);
            rows += step.Rows;
        }

        yield return new LoadTransaction(current, Last: true);
    }
}
