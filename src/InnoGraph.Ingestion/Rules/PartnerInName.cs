using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// The university or academy a body's name begins with (白鹭大学青山研究院), or names right after a leading place
/// by its name or its standard abbreviation (某省中科某某研究院: 中国科学院): the partner that lends its name, co-built
/// with a body stated as co-built, and mentioned with it.
/// </summary>
public sealed class PartnerInName(GazetteerIndex gazetteer, NameResolver resolver)
{
    /// <summary>A partner named in a co-built body's name: its place is its own, not the body's, and the text does not state it.</summary>
    public const string Method = "co-build:name-university";

    /// <summary>A body named after the university or academy its name begins with is part of it.</summary>
    public const string PartOfMethod = "part-of:name-university";

    public const string NewReview = "new University from the name of a body built with it: check the name, and give its place or props.locationUnknown";

    /// <summary>The known partner a body's name carries, and where the body's own words begin: after the university it begins with, else 0.</summary>
    public (Mention? Partner, int From) Lead(Mention body)
    {
        var partner = Known(body);
        return (partner, partner is { Start: 0 } ? partner.End : UniversityPrefix(body.Name));
    }

    public Mention? Known(Mention body)
    {
        var matches = gazetteer.Match(body.Name[..^1]).Select(resolver.Resolve).ToList();
        var start = matches.FirstOrDefault(m => m.Start == 0 && m.Kind == EntityKind.Region)?.End ?? 0;
        var named = matches.FirstOrDefault(m => (m.Start == 0 || m.Start == start) && m.End < body.Name.Length && m.Kind is EntityKind.University or EntityKind.Academy);
        if (named is not null || start == 0)
        {
            return named;
        }

        return StandardAbbreviations.Of(body.Name[start..]) is { } abbreviation && gazetteer.Lookup(abbreviation.Name).FirstOrDefault(e => e.Kind is EntityKind.University or EntityKind.Academy) is { } known
            ? resolver.Resolve(new GazetteerMatch(start, start + abbreviation.Length, known.Name, [known]))
            : null;
    }

    /// <summary>The name of a university the graph lacks that a body's name begins with (某某大学某市研究院), else null.</summary>
    public string? NewUniversity(Mention body) =>
        UniversityPrefix(body.Name) is > 0 and var length && gazetteer.Lookup(body.Name[..length]).Count == 0 ? body.Name[..length] : null;

    /// <summary>
    /// The length of the university's name a body's name begins with (某某大学 in 某某大学某市研究院, 某某学院 in 某某学院某区研究院:
    /// the shortest start that the suffixes make a university), else 0.
    /// </summary>
    private static int UniversityPrefix(string name)
    {
        for (var length = 4; length + 2 <= name.Length; length++)
        {
            if (OrganisationSuffixes.Of(name[..length], unitContext: false) is { Kind: EntityKind.University })
            {
                return length;
            }
        }

        return 0;
    }
}
