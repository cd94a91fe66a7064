namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>A rank stated in words: <c>居全省第2位</c>, <c>位列全国第51名</c>, <c>全省排名第3位</c>, <c>居全省第一</c>, <c>均列前25位</c> (a bound: <see cref="Within"/>).</summary>
public sealed record Rank(int Start, int End, int Value, string? Scope, bool Within)
{
    /// <summary>The suffix of the rank's indicator: 创新指数 → 创新指数排名.</summary>
    public const string Suffix = "排名";

    /// <summary>The names a rank's indicator may have in the graph: X排名, and for a rank in the province, the country or the city X全省排名, X全国排名, X全市排名.</summary>
    public static IEnumerable<string> Names(string name, string? scope)
    {
        yield return name;
        if (name.EndsWith(Suffix, StringComparison.Ordinal) && scope is "province" or "national" or "city")
        {
            yield return name[..^Suffix.Length] + scope switch { "province" => "全省", "national" => "全国", _ => "全市" } + Suffix;
        }
    }
}
