using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// A content hash of a dataset and of the format of the search keys stored with it. Stamped on everything the loader writes, so loading the same
/// seeds twice writes identical properties, and what a later load did not stamp is stale.
/// </summary>
internal static class DatasetVersion
{
    public static string Of(IEnumerable<GraphEntity> entities, IEnumerable<GraphRelation> relations)
    {
        var canonical = new
        {
            keys = SearchKeys.Format,
            entities = entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new
            {
                e.Id, kind = e.Kind.ToString(), e.Name, e.NameEn,
                aliases = e.Aliases.Select(a => $"{a.Script}:{a.Text}"), e.Sources,
                properties = e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"),
            }),
            relations = relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new
            {
                r.Id, r.Sources,
                properties = r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"),
            }),
        };
        // Serialised straight into the hash: the same bytes as hashing the JSON text, without holding
        // a second copy of the dataset as one string.
        using var hash = new HashingStream();
        JsonSerializer.Serialize(hash, canonical);
        return Convert.ToHexStringLower(hash.Hash())[..16];
    }
}
