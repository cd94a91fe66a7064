using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// An observation whose key (region, indicator, year, status, qualifier) another value holds already gets a
/// qualifier of its own (…-part-2), marked for review: two values are two facts, and the seed key tells them apart.
/// The same value under the same key is the same fact, stated again.
/// </summary>
public static class ObservationKey
{
    public const string Review = "another value of this indicator has the same region, year, status and qualifier: name the qualifier that tells them apart";

    public static ObservationProposal Distinct(ObservationProposal observation, IReadOnlyDictionary<string, ObservationProposal> held)
    {
        var candidate = observation;
        for (var n = 2; held.GetValueOrDefault(candidate.Id) is { } other && other.Value != observation.Value; n++)
        {
            candidate = observation with
            {
                Qualifier = (observation.Qualifier is null ? "" : observation.Qualifier + "-") + $"part-{n}",
                Review = Review,
            };
        }

        return candidate;
    }
}
