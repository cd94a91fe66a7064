using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// Names of one designation that differ only by the document's place or a level (某市某某试验区, 省级某某试验区,
/// 某某试验区) are one designation: the graph's when it has that core, else one proposal named by the first form
/// that states the level conferring it, since the level is what the designation is and the place only whom it was conferred on.
/// </summary>
/// <param name="places">The document's city and the province it is part of, by full and short name.</param>
public sealed class DesignationNames(GazetteerIndex gazetteer, IReadOnlyCollection<string> places)
{
    public const string Method = "designation-core";

    private Dictionary<string, KnownEntity[]>? _byCore;

    public string? Core(string name) => DesignationCore.Of(name, places);

    /// <summary>The graph's designation of this core; a core two designations share says nothing.</summary>
    public KnownEntity? Known(string core) => ByCore().GetValueOrDefault(core) is [var known] ? known : null;

    /// <summary>The name of a new designation named again: the first form that states its level.</summary>
    public string Name(string held, string named) => !DesignationCore.HasLevel(held, places) && DesignationCore.HasLevel(named, places) ? named : held;

    private Dictionary<string, KnownEntity[]> ByCore() => _byCore ??= gazetteer.Entities
        .Where(e => e.Kind == EntityKind.Designation)
        .SelectMany(e => e.Names.Select(n => (Core: Core(n), Entity: e)))
        .Where(x => x.Core is not null)
        .GroupBy(x => x.Core!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Entity).DistinctBy(e => e.Id).ToArray(), StringComparer.Ordinal);
}
