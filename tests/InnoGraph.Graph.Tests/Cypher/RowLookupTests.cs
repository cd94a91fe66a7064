using System.Text.RegularExpressions;
using InnoGraph.Testing;

namespace InnoGraph.Graph.Tests.Cypher;

/// <summary>
/// A batch statement finds each row's entity by MERGE on the id's unique constraint, which Neo4j always plans as a seek of
/// its index. A MATCH or OPTIONAL MATCH on <c>row.id</c>, even with a <c>USING INDEX</c> hint, is planned by 3.1 as a scan of
/// the whole index for every row when the index's statistics are stale (seen at 1M entities: a statement of 500 rows
/// outliving its timeout; <c>LoadPlanTests</c> shows it on the seeded graph).
/// </summary>
public sealed partial class RowLookupTests
{
    [Fact]
    public void every_rows_entity_is_found_by_merge_on_its_id_never_by_match()
    {
        var lookups = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Line: line.Trim())))
            .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => RowLookup().Matches(l.Line).Select(m => (l.File, l.Line, Clause: Clause().Match(l.Line).Value, Variable: m.Groups["v"].Value)))
            .ToList();

        lookups.Where(l => l.Clause == "MERGE").Select(l => l.Variable).Should().Contain(["e", "a", "b"], "entities, both ends of a relation and backfilled keys are looked up by row");
        lookups.Where(l => l.Clause != "MERGE").Select(l => $"{l.File}: {l.Line}").Should().BeEmpty();
    }

    [GeneratedRegex(@"\((?<v>\w+):Entity \{id: row\.")]
    private static partial Regex RowLookup();

    // The clause a line begins with; a pattern after a comma belongs to it.
    [GeneratedRegex(@"^(OPTIONAL MATCH|MATCH|MERGE)?")]
    private static partial Regex Clause();
}
