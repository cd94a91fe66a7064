namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Reads files on as many threads as the machine has cores and hands the results back in the files' order. At most
/// that many files are read ahead of the one handed back, so a large folder is never held whole.
/// </summary>
internal static class ParallelFileReader
{
    public static IEnumerable<TResult> InOrder<TFile, TResult>(IEnumerable<TFile> files, Func<TFile, TResult> read)
    {
        var ahead = Math.Max(1, Environment.ProcessorCount);
        var pending = new Queue<Task<TResult>>();
        foreach (var file in files)
        {
            pending.Enqueue(Task.Run(() => read(file)));
            if (pending.Count > ahead)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (pending.Count > 0)
        {
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
