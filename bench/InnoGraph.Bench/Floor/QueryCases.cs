using InnoGraph.Domain.Model;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// The API's used-by queries, each on seed entities: synthetic data never joins the seeds, so the
/// answers are the same at every size while the graph around them grows.
/// </summary>
public static class QueryCases
{
    private const string Bureau = "gov.jiaxing.science-bureau";
    private const string Task = "task.jx315.1-1";
    private const string City = "region.jiaxing";
    private const string Institute = "inst.tsinghua-yangtze-delta";
    private const string PathTo = "univ.tsinghua";
    private const string Alias = "市科技局";
    private const string SearchText = "清华";

    public static IReadOnlyList<QueryCase> All { get; } =
    [
        new("taskOwners",
            "query($t: String!) { taskOwners(task: $t) { role order unit { id name } } }",
            Map(("t", Task)), "task-owners", Map(("id", Task))),
        new("bureauTasks",
            "query($b: String!) { bureauTasks(bureau: $b) { role task { id name } } }",
            Map(("b", Bureau)), "bureau-tasks", Map(("id", Bureau))),
        new("collaborationNetwork",
            "query($c: String!) { collaborationNetwork(city: $c) { nodes { id kind label } edges { type source target } } }",
            Map(("c", City)), "collaboration-network", Map(
                ("id", City),
                ("hosts", Kinds(Collaboration.Hosts)),
                ("partners", Kinds(Collaboration.Partners)),
                ("notPartner", Collaboration.NotPartnerTypes.ToArray()),
                ("agreeing", new[] { "University", "Academy", "Institute", "Laboratory", "RdCentre", "Enterprise", "Organisation" }))),
        new("neighbourhood",
            "query($i: [ID!]!) { neighbourhood(ids: $i, depth: 1) { nodes { id kind label } edges { type source target } } }",
            Map(("i", new[] { Institute })), "neighbourhood", Map(("id", Institute), ("limit", 200))),
        new("shortestPath",
            "query($a: String!, $b: String!) { shortestPath(from: $a, to: $b) { nodes { id kind label } edges { type source target } } }",
            Map(("a", Bureau), ("b", PathTo)), "shortest-path", Map(("from", Bureau), ("to", PathTo))),
        new("aliasLookup",
            "query($b: String!) { bureauTasks(bureau: $b) { role task { id name } } }",
            Map(("b", Alias)), "alias-lookup", Map(("name", Alias), ("key", InnoGraph.Domain.Text.SearchText.Normalize(Alias)))),
        new("search",
            "query($s: String!) { search(text: $s, first: 20) { id name } }",
            Map(("s", SearchText)), "search", Map(("key", InnoGraph.Domain.Text.SearchText.Normalize(SearchText)), ("text", SearchText), ("first", 20), ("grams", InnoGraph.Domain.Text.SearchKeys.Of(SearchText).Exact))),
    ];

    private static string[] Kinds(IEnumerable<EntityKind> kinds) => [.. kinds.Select(k => k.ToString())];

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
