using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Violations by family and kind, with a count and one example each: readable when hundreds fail.</summary>
internal static class HostileReport
{
    public static string Summarise(IReadOnlyList<CaseOutcome> outcomes)
    {
        var report = new StringBuilder();
        foreach (var family in outcomes.GroupBy(o => o.Case.Family))
        {
            var failed = family.Where(o => o.Violations.Count > 0).ToList();
            report.AppendLine($"{family.Key}: {family.Count()} cases, {failed.Count} failed");
            // Family requirements are told apart by what was expected, so that different shortfalls each show an example.
            foreach (var kind in failed.SelectMany(o => o.Violations.Select(v => (o.Case, Kind: v.Kind == "family requirement" ? $"{v.Kind}: {Shape(v.Detail)}" : v.Kind, v.Detail))).GroupBy(v => v.Kind))
            {
                var example = kind.First();
                report.AppendLine($"  {kind.Key} ×{kind.Count()}, e.g. {example.Case.Name}");
                report.AppendLine($"      {example.Detail}");
            }
        }

        return report.ToString();
    }

    private static string Shape(string detail)
    {
        var cut = detail.IndexOf(", got", StringComparison.Ordinal);
        return cut > 0 ? detail[..cut] : detail.Length > 40 ? detail[..40] : detail;
    }

    public static string Statuses(IReadOnlyList<CaseOutcome> outcomes) =>
        string.Join(", ", outcomes.Where(o => o.Response is not null)
            .GroupBy(o => o.Response!.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}"));
}
