using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>A figure is the city's unless its sentence names one of the city's counties or districts before it: then the last one named.</summary>
public static class FigureRegion
{
    public static string Of(string text, int figureStart, IEnumerable<Mention> mentions, IReadOnlyList<string> cityParts, string cityId)
    {
        var sentenceStart = IndicatorValueRule.SentenceStart(text, figureStart);
        return mentions.Where(m => m.Kind == EntityKind.Region && m.Start >= sentenceStart && m.End <= figureStart && cityParts.Contains(m.Id)).MaxBy(m => m.Start)?.Id
            ?? cityId;
    }
}
