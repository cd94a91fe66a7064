using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>A rank stated for a region and year supersedes a bound on it (均列前25位) read for every county of the city.</summary>
public static class RankBounds
{
    public static IReadOnlyList<ObservationProposal> Superseded(IReadOnlyCollection<ObservationProposal> observations)
    {
        var exact = observations.Where(o => o.Unit == "rank" && o.Qualifier != "within").Select(o => (o.Region, o.Indicator, o.Year)).ToHashSet();
        return [.. observations.Where(o => o.Qualifier == "within" && exact.Contains((o.Region, o.Indicator, o.Year)))];
    }
}
