using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>The graph's indicator of a name, or for a rank of that name with the rank's scope (X全省排名).</summary>
public static class KnownIndicator
{
    public static KnownEntity? Find(GazetteerIndex gazetteer, string name, string? scope) =>
        Rank.Names(name, scope).SelectMany(gazetteer.Lookup).FirstOrDefault(e => e.Kind == EntityKind.Indicator);
}
