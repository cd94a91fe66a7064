using System.Globalization;
using System.Text;

namespace InnoGraph.Bench.Floor;

/// <summary>The run as markdown: conditions, loads, queries against their floor, the soak.</summary>
public static class FloorReport
{
    public static string Write(FloorResults results, string plotFile)
    {
        var o = results.Options;
        var text = new StringBuilder();
        text.AppendLine("# Floor benchmark: the API against hand-written Cypher, and loading at scale").AppendLine();
        text.AppendLine(Invariant($"Run {results.Started:yyyy-MM-dd HH:mm} UTC, {results.Elapsed.TotalMinutes:F0} min; `dotnet run -c Release --project bench/InnoGraph.Bench -- floor{string.Concat(o.Arguments.Select(a => " " + a))}`."));
        text.AppendLine(Invariant($"{Environment.ProcessorCount} cores, Neo4j Community 3.1.1 (heap {o.Neo4jHeapMegabytes} MB) on the same machine; synthetic data with --seed {o.RandomSeed}, relations per entity {(o.RelationsPerEntity is { } r ? r.ToString(CultureInfo.InvariantCulture) : "as in the seeds")}."));
        text.AppendLine(Invariant($"The machine was shared with other work: load average (1, 5, 15 min) {results.LoadBefore} at the start, {results.LoadAfter} at the end. Compare the two sides of a row, measured interleaved in the same minutes; never times across runs.")).AppendLine();

        text.AppendLine("## Loading").AppendLine();
        var rounds = results.Loads.Count == 0 ? 1 : results.Loads.Max(l => l.Rounds);
        var alternation = rounds > 1
            ? Invariant($" Each ran {rounds} times, in alternating order (the floor first, then innograph load first), so that other work on the machine weighs on both alike; the table gives each side's fastest.")
            : "";
        text.AppendLine("`innograph load` (a child process: validation, version hash, the loader, stale removal, statistics) against the floor: the same rows as plain `UNWIND ... MERGE` batches of 500, 8 statements a request, 10,000 rows a transaction (as the loader). Both start from an empty graph." + alternation + " The second load is `innograph load` of the unchanged folder again.").AppendLine();
        text.AppendLine("| graph | entities | relations | floor | innograph load | throughput ratio | peak RSS | second load | second / first | its peak RSS |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in results.Loads)
        {
            text.AppendLine(Invariant($"| {Size(l.Size)} | {l.Entities:N0} | {l.Relations:N0} | {l.Raw.TotalSeconds:F1} s | {l.First.TotalSeconds:F1} s | {l.ThroughputRatio:F2} | {l.FirstPeakMegabytes:F0} MiB | {l.Second.TotalSeconds:F1} s | {l.SecondShare:F2} | {l.SecondPeakMegabytes:F0} MiB |"));
        }

        text.AppendLine().AppendLine("## Queries").AppendLine();
        text.AppendLine(Invariant($"Each query {o.Requests} times through the API (GraphQL over HTTP, `innograph serve` as a child process) and {o.Requests} times as its hand-written Cypher (`bench/InnoGraph.Bench/cypher/floor/`) straight to Neo4j's HTTP endpoint, interleaved; milliseconds. Round trips: the API's Neo4j requests per GraphQL request (`innograph_neo4j_round_trips_total`). Same answer: both name the same entities (in the same order, for a list) and the same relations (for a graph).")).AppendLine();
        text.AppendLine($"![latency against graph size]({plotFile})").AppendLine();
        text.AppendLine("| query | graph | conc. | API p50 | API p95 | API p99 | floor p50 | floor p95 | floor p99 | API / floor (p50) | round trips | same answer |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var q in results.Queries.OrderBy(q => q.Query, StringComparer.Ordinal).ThenBy(q => q.Size).ThenBy(q => q.Concurrency))
        {
            text.AppendLine(Invariant($"| {q.Query} | {Size(q.Size)} | {q.Concurrency} | {q.Api.P50:F1} | {q.Api.P95:F1} | {q.Api.P99:F1} | {q.Raw.P50:F1} | {q.Raw.P95:F1} | {q.Raw.P99:F1} | **{q.Ratio:F1}×** | {q.RoundTrips:F1} | {(q.SameAnswer ? "yes" : "no")} ({q.ApiIds} ids, {q.Relations} relations) |"));
        }

        var worst = results.Queries.GroupBy(q => (q.Size, q.Concurrency)).Select(g => (g.Key, Worst: g.MaxBy(q => q.Ratio)!)).ToList();
        text.AppendLine().AppendLine("Worst API / floor p50 ratio (goal ≤ 1.25):").AppendLine();
        foreach (var (key, q) in worst)
        {
            text.AppendLine(Invariant($"- {Size(key.Size)}, concurrency {key.Concurrency}: {q.Ratio:F1}× ({q.Query})"));
        }

        if (results.Soak is { } s)
        {
            text.AppendLine().AppendLine("## Memory over a soak").AppendLine();
            text.AppendLine(Invariant($"The API process's resident set (VmRSS) after the measurements above, then after {s.Minutes:F0} min of every query in turn from {s.Concurrency} workers ({s.Requests:N0} requests) on the {Size(s.Size)} graph: **{s.BeforeMegabytes:F0} MiB before, {s.AfterMegabytes:F0} MiB after** (highest seen {s.MaxMegabytes:F0} MiB)."));
            if (s.ByMinute.Count > 0)
            {
                text.AppendLine().AppendLine(Invariant($"At the end of each minute: {string.Join(", ", s.ByMinute.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} MiB."));
            }

            if (s.ManagedFloorByMinute.Count > 0)
            {
                text.AppendLine().AppendLine(Invariant($"The managed heap's lowest sample in each minute (what stays alive between collections): {string.Join(", ", s.ManagedFloorByMinute.Select(m => m.ToString("F1", CultureInfo.InvariantCulture)))} MiB."));
            }
        }

        return text.ToString();
    }

    public static string Size(int size) => size == 0 ? "seed" : size % 1_000_000 == 0 ? $"seed + {size / 1_000_000}M" : size % 1000 == 0 ? $"seed + {size / 1000}k" : $"seed + {size}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
