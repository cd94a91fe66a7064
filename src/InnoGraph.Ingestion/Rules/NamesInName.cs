using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// The known regions a body's name names (某区高新区, 某大学某市研究院), and the known university or academy it is
/// named after: the text mentions them too. Not a region in a university's or academy's own name (天津 of 天津大学),
/// which names the institution, not a place the text speaks of.
/// </summary>
public sealed class NamesInName(GazetteerIndex gazetteer, NameResolver resolver, PartnerInName partners)
{
    public const string Method = "region-in-name";

    public IEnumerable<Mention> Of(Mention body)
    {
        if (body.Kind is EntityKind.Region or EntityKind.Indicator or EntityKind.Task or EntityKind.Action or EntityKind.University or EntityKind.Academy
            || body.End - body.Start != body.Name.Length)
        {
            return [];
        }

        var (partner, from) = partners.Lead(body);
        return gazetteer.Match(body.Name).Where(m => m.Start >= from).Select(resolver.Resolve).Where(m => m.Kind == EntityKind.Region && !m.IsNew && m.Id != body.Id)
            .Concat(partner is null || partner.IsNew ? [] : [partner])
            .Select(m => m with { Start = body.Start + m.Start, End = body.Start + m.End, Method = Method, Confidence = 0.5 });
    }
}
