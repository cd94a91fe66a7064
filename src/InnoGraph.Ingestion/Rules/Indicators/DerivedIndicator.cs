namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// The indicator of a rank or change read after another's value (X排名, X同比提高): a value names it by the other's id
/// and the words it adds, joined by <see cref="IndicatorValueRule.Derived"/>, and its name is the other's name with those words.
/// </summary>
public sealed record DerivedIndicator(string BaseId, string Words)
{
    public const string Review = "new indicator derived from another's rank or change: check its name";

    /// <summary>What a value's indicator is derived from, or null for an indicator of its own.</summary>
    public static DerivedIndicator? Of(string indicator) =>
        indicator.IndexOf(IndicatorValueRule.Derived, StringComparison.Ordinal) is var cut and > 0 ? new(indicator[..cut], indicator[(cut + 1)..]) : null;

    /// <summary>The derived indicator's name by the name of the one it is derived from, null when that one has no name.</summary>
    public string? Name(Func<string, string?> nameOf) => nameOf(BaseId) is { } baseName ? baseName + Words : null;

    /// <summary>A rank read after an indicator that is a rank already (the graph's X排名 written X in the text): that indicator's own value.</summary>
    public bool IsRankOfRank(Func<string, string?> nameOf) => Words == Rank.Suffix && nameOf(BaseId) is { } baseName && baseName.EndsWith(Rank.Suffix, StringComparison.Ordinal);
}
