using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Lookup;

/// <summary>The statement <see cref="EntityResolution"/> writes for one typed reference, run on the seeded graph.</summary>
internal static class NameLookups
{
    public static CypherStatement Statement(string reference, IReadOnlyList<EntityKind>? kinds = null, bool matchNumber = false)
    {
        var query = new CypherQuery();
        var resolved = EntityResolution.Resolve(query, "ref", reference, kinds ?? [], matchNumber);
        query.Return($"{resolved}.id");
        return query.Build();
    }

    /// <summary>The ids of the candidates the reference names (one when it resolves).</summary>
    public static async Task<IReadOnlyList<string>> CandidatesAsync(SeededGraphFixture graph, string reference, IReadOnlyList<EntityKind>? kinds = null, bool matchNumber = false)
    {
        var result = await graph.Cypher.RunAsync(Statement(reference, kinds, matchNumber), WorkKind.RetrySafe, CancellationToken.None);
        return result.Value(0, "__refs")[0].GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal).ToList();
    }
}
