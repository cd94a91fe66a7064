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

    /// <param name="text">The paragraph's text: where the body is written otherwise than named (衢江区政府 for 某市衢江区人民政府), the
    /// regions of the words written.</param>
    public IEnumerable<Mention> Of(Mention body, string text)
    {
        if (body.Kind is EntityKind.Region or EntityKind.Indicator or EntityKind.Task or EntityKind.Action or EntityKind.University or EntityKind.Academy)
        {
            return [];
        }

        var written = text[body.Start..body.End];
        if (written != body.Name)
        {
            return gazetteer.Match(written).Select(resolver.Resolve).Where(m => m.Kind == EntityKind.Region && !m.IsNew)
                .Select(m => m with { Start = body.Start + m.Start, End = body.Start + m.End, Method = Method, Confidence = 0.5 });
        }

        var (partner, from) = partners.Lead(body);
        return gazetteer.Match(body.Name).Where(m => m.Start >= from).Select(resolver.Resolve).SelectMany(m => RegionsIn(body.Name, m)).Where(m => m.Kind == EntityKind.Region && !m.IsNew && m.Id != body.Id)
            .Concat(partner is null || partner.IsNew ? [] : [partner])
            .Select(m => m with { Start = body.Start + m.Start, End = body.Start + m.End, Method = Method, Confidence = 0.5 });
    }

    /// <summary>
    /// A region; or for a known body matched inside the name, the region its words begin with (浙江省 of 浙江省某某市场 in
    /// 浙江省某某市场活动周: the longer match hides it). Not inside a university's or academy's own name.
    /// </summary>
    private IEnumerable<Mention> RegionsIn(string name, Mention inner) =>
        inner.Kind is EntityKind.Region or EntityKind.University or EntityKind.Academy || inner.End - inner.Start < 3
            ? [inner]
            : gazetteer.Match(name[inner.Start..(inner.End - 1)]).Where(m => m.Start == 0).Select(resolver.Resolve)
                .Where(m => m.Kind == EntityKind.Region).Select(m => m with { Start = inner.Start + m.Start, End = inner.Start + m.End });
}
