using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>The graph's indicator of a name or of a variant of it (<see cref="IndicatorNameVariants"/>), or for a rank of that name with the rank's scope (X全省排名).</summary>
public static class KnownIndicator
{
    private const string Count = "count";
    private const string Percent = "%";

    public static KnownEntity? Find(GazetteerIndex gazetteer, string name, string? scope) =>
        Rank.Names(name, scope).SelectMany(IndicatorNameVariants.Of).SelectMany(gazetteer.Lookup).FirstOrDefault(e => e.Kind == EntityKind.Indicator);

    /// <summary>
    /// As <see cref="Find(GazetteerIndex, string, string?)"/>; a count named by what it counts and a two-character quantity word
    /// (X总量 of things counted in 家) is the graph's count of X, X数, when the graph has it.
    /// </summary>
    public static KnownEntity? Find(GazetteerIndex gazetteer, string name, string? scope, string unit) =>
        Find(gazetteer, name, scope)
        ?? (unit == Count && name.Length > 4 && NewIndicatorRule.IsBareQuantity(name[^2..])
            ? gazetteer.Lookup(name[..^2] + "数").FirstOrDefault(e => e.Kind == EntityKind.Indicator && Equals(e.Properties.GetValueOrDefault("unit"), Count))
            : null)
        ?? Abridged(gazetteer.Entities, name, unit);

    /// <summary>
    /// The graph's one indicator in <paramref name="unit"/> that <paramref name="name"/> abridges: its name holds the name's
    /// characters in order, ends with the same four and opens with a qualifier the name leaves out (科技贷款余额 of
    /// 银行科技金融贷款余额), or null when none or several do. A name found whole inside the graph's (X of 每年新增X) or opening
    /// as it does (省级以上创新平台 of 省级以上产业创新平台) names another quantity or a wider class.
    /// </summary>
    private static KnownEntity? Abridged(IEnumerable<KnownEntity> entities, string name, string unit)
    {
        if (name.Length < 5)
        {
            return null;
        }

        var fuller = entities
            .Where(e => e.Kind == EntityKind.Indicator && e.Name.Length > name.Length && e.Name.EndsWith(name[^4..], StringComparison.Ordinal)
                && Equals(e.Properties.GetValueOrDefault("unit"), unit) && HoldsInOrder(e.Name, name)
                && !e.Name.Contains(name, StringComparison.Ordinal) && !e.Name.StartsWith(name[..2], StringComparison.Ordinal))
            .Take(2).ToList();
        return fuller.Count == 1 ? fuller[0] : null;
    }

    private static bool HoldsInOrder(string whole, string part)
    {
        var at = 0;
        foreach (var c in whole)
        {
            if (at < part.Length && c == part[at])
            {
                at++;
            }
        }

        return at == part.Length;
    }

    /// <summary>
    /// The graph's indicator for a growth in percent of <paramref name="baseName"/> (X同比增长15%): its one indicator in % named by X
    /// and one more word of two characters that names no share (the name the graph gives growth rates), or by X and the words of
    /// a growth (X同比增长), else null.
    /// </summary>
    /// <param name="indicators">The graph's indicators.</param>
    public static KnownEntity? GrowthOf(IEnumerable<KnownEntity> indicators, string baseName)
    {
        var rates = indicators
            .Where(e => e.Kind == EntityKind.Indicator && e.Name.Length > baseName.Length && e.Name.StartsWith(baseName, StringComparison.Ordinal)
                && Equals(e.Properties.GetValueOrDefault("unit"), Percent)
                && (e.Name.Length == baseName.Length + 2 && !NewIndicatorRule.IsShare(e.Name) || ChangePhrase.IsGrowth(e.Name[baseName.Length..], Percent)))
            .Take(2).ToList();
        return rates.Count == 1 ? rates[0] : null;
    }
}
