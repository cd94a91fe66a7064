using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>The period a plan's title states: 推进方案(2023—2027年), 规划(2021-2025年), 十四五 plans by their years.</summary>
public static partial class PlanPeriod
{
    public static int? End(string title) =>
        Pattern().Match(title) is { Success: true } m ? int.Parse(m.Groups["end"].ValueSpan, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"20\d{2}\s*[—–\-~～至到]+\s*(?<end>20\d{2})\s*年")]
    private static partial Regex Pattern();
}
