using InnoGraph.Domain.Model;

namespace InnoGraph.Cli.Infrastructure;

/// <summary>Prints location coverage per kind, the same way for the seeds (<c>validate</c>) and the graph (<c>stats</c>).</summary>
public static class LocationCoverageReport
{
    public static void Write(TextWriter writer, IReadOnlyList<LocationCoverage> coverage)
    {
        writer.WriteLine("Location coverage (located / with reason / total)");
        foreach (var kind in coverage)
        {
            var missing = kind.Missing > 0 ? $"   {kind.Missing} without either" : "";
            writer.WriteLine($"  {kind.Kind,-20} {kind.Located,5} / {kind.WithReason,3} / {kind.Total,5}{missing}");
        }
    }

    /// <summary>The JSON form: kind → located, withReason, total, in the rule's kind order.</summary>
    public static Dictionary<string, object> Json(IReadOnlyList<LocationCoverage> coverage) =>
        coverage.ToDictionary(c => c.Kind, c => (object)new { located = c.Located, withReason = c.WithReason, total = c.Total }, StringComparer.Ordinal);
}
