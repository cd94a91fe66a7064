using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>The counties and districts of a city by their division codes (330421 of 330400), for figures stated for each of them (全市各县(市、区)均…).</summary>
public static class CityParts
{
    public static IReadOnlyList<string> Of(GazetteerIndex gazetteer, string? cityId)
    {
        if (cityId is null || !gazetteer.ById.TryGetValue(cityId, out var city) || Code(city) is not { Length: 6 } code || !code.EndsWith("00", StringComparison.Ordinal))
        {
            return [];
        }

        return [.. gazetteer.Entities
            .Where(e => e.Kind == EntityKind.Region && e.Properties.GetValueOrDefault("level") as string is "county" or "district")
            .Where(e => Code(e) is { Length: 6 } c && c != code && c.StartsWith(code[..4], StringComparison.Ordinal))
            .Select(e => e.Id)
            .Order(StringComparer.Ordinal)];
    }

    private static string? Code(KnownEntity entity) => entity.Properties.GetValueOrDefault("divisionCode")?.ToString();
}
