using System.Globalization;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// The options of <c>floor</c>: <c>--quick</c> (seed and seed + 100k, short soak) or <c>--full</c>
/// (seed, seed + 100k and, with <c>--with-1m</c>, seed + 1M; a 10-minute soak), and overrides.
/// </summary>
public sealed record FloorOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [0, 100_000];

    public IReadOnlyList<int> Concurrencies { get; init; } = [1, 16];

    /// <summary>Requests per side, query, size and concurrency.</summary>
    public int Requests { get; init; } = 40;

    public double SoakMinutes { get; init; } = 2;

    public int SoakConcurrency { get; init; } = 16;

    public int RandomSeed { get; init; } = 1;

    /// <summary>Rounds of the two loads per size, in alternating order; each side's fastest counts.</summary>
    public int LoadRounds { get; init; } = 2;

    /// <summary>Relations per synthetic entity; null: the seeds' proportion.</summary>
    public double? RelationsPerEntity { get; init; }

    public int Neo4jHeapMegabytes { get; init; } = 3072;

    /// <summary>The options as given, for the report to say how the run was made.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string? WorkDirectory { get; init; }

    public string? ReportPath { get; init; }

    public static FloorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FloorOptions { Arguments = [.. args] };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--quick" => options with { Sizes = [0, 100_000], Requests = 40, SoakMinutes = 2 },
                "--full" => options with { Sizes = [0, 100_000], Requests = 100, SoakMinutes = 10 },
                "--with-1m" => options with { Sizes = [.. options.Sizes.Where(s => s != 1_000_000), 1_000_000] },
                "--sizes" => options with { Sizes = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--requests" => options with { Requests = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--soak-minutes" => options with { SoakMinutes = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--load-rounds" => options with { LoadRounds = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--seed" => options with { RandomSeed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--relations-per-entity" => options with { RelationsPerEntity = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--neo4j-heap" => options with { Neo4jHeapMegabytes = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--work" => options with { WorkDirectory = Next() },
                "--report" => options with { ReportPath = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}; see bench/README.md"),
            };
        }

        return options;
    }
}
