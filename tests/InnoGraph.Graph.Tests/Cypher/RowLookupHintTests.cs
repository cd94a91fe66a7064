using System.Text.RegularExpressions;
using InnoGraph.Testing;

namespace InnoGraph.Graph.Tests.Cypher;

/// <summary>
/// A batch statement finds each row's entity by id through the id's index: by MERGE on the id's unique constraint, always
/// planned as a seek, or by a MATCH hinted to the index. 3.1's cost planner, replanning once a load has grown the graph
/// and with the index's statistics stale, chose a scan of the whole index for every row of an unhinted OPTIONAL MATCH
/// (seen at 1M entities: a statement of 500 rows outliving its timeout).
/// </summary>
public sealed partial class RowLookupHintTests
{
    [Fact]
    public void every_match_of_a_rows_entity_by_id_is_hinted_to_the_ids_index()
    {
        var lookups = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Line: line)))
            .Where(l => Match().IsMatch(l.Line))
            .SelectMany(l => RowLookup().Matches(l.Line).Select(m => (l.File, l.Line, Variable: m.Groups["v"].Value)))
            .ToList();

        lookups.Select(l => l.Variable).Should().Contain(["a", "b"], "both ends of a relation are looked up");
        lookups.Where(l => !l.Line.Contains($"USING INDEX {l.Variable}:Entity(id)", StringComparison.Ordinal))
            .Select(l => $"{l.File}: {l.Line.Trim()}").Should().BeEmpty();
    }

    [GeneratedRegex(@"^\s*(?:OPTIONAL )?MATCH ")]
    private static partial Regex Match();

    [GeneratedRegex(@"\((?<v>\w+):Entity \{id: row\.")]
    private static partial Regex RowLookup();
}
