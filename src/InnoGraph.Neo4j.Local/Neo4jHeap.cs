using System.Globalization;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The Java heap of the local Neo4j: <c>INNOGRAPH_NEO4J_HEAP</c> (<c>2g</c>, <c>1500m</c>) or, by default, a quarter of
/// the memory this process may use (which honours container limits), between 512 MB and 4 GB. The page cache stays
/// small (64 MB), so the heap is what a large load needs.
/// </summary>
public static class Neo4jHeap
{
    /// <summary>The environment variable that sets the heap.</summary>
    public const string Setting = "INNOGRAPH_NEO4J_HEAP";

    /// <summary>The smallest heap Neo4j 3.1 starts and answers queries with.</summary>
    public const int MinimumMegabytes = 128;

    private const int DefaultFloorMegabytes = 512;
    private const int DefaultCeilingMegabytes = 4096;

    /// <summary>The memory of the machine (or container) in megabytes.</summary>
    public static long MachineMegabytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);

    /// <summary>The heap from <see cref="Setting"/>, or the default share of the machine's memory when it is not set.</summary>
    /// <exception cref="LocalNeo4jException">The setting is not a size, or is out of range.</exception>
    public static int FromEnvironment() =>
        Environment.GetEnvironmentVariable(Setting) is { Length: > 0 } text ? Parse(text, MachineMegabytes) : Default(MachineMegabytes);

    /// <summary>A quarter of the machine's memory, between 512 MB and 4 GB (never more than the machine has).</summary>
    public static int Default(long machineMegabytes) =>
        (int)Math.Min(Math.Clamp(machineMegabytes / 4, DefaultFloorMegabytes, DefaultCeilingMegabytes), Math.Max(machineMegabytes, MinimumMegabytes));

    /// <summary>Parses <c>2g</c>, <c>1500m</c> or <c>1500M</c> into megabytes.</summary>
    /// <exception cref="LocalNeo4jException">Not a size with a unit, or below <see cref="MinimumMegabytes"/>, or more than the machine has.</exception>
    public static int Parse(string text, long machineMegabytes)
    {
        var trimmed = text.Trim();
        var unit = trimmed.Length > 0 ? char.ToLowerInvariant(trimmed[^1]) : ' ';
        var factor = unit switch { 'g' => 1024L, 'm' => 1L, _ => 0L };
        if (factor == 0 || !long.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > int.MaxValue)
        {
            throw new LocalNeo4jException(
                $"{Setting}='{text}' is not a heap size: give a number with m or g, e.g. {Setting}=1500m or {Setting}=2g.");
        }

        var megabytes = number * factor;
        if (megabytes < MinimumMegabytes || megabytes > machineMegabytes)
        {
            throw new LocalNeo4jException(
                $"{Setting}='{text}' is out of range: give between {MinimumMegabytes}m and {machineMegabytes}m (this machine's memory), e.g. {Setting}=2g.");
        }

        return (int)megabytes;
    }
}
