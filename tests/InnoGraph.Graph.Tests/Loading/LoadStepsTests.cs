using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;

namespace InnoGraph.Graph.Tests.Loading;

/// <summary>A load's statements are built as the rows are read: never more than a transaction and a batch per kind ahead of what is written.</summary>
public sealed class LoadStepsTests
{
    private static readonly EntityKind[] Kinds = [EntityKind.Institute, EntityKind.University, EntityKind.Region];

    [Fact]
    public void rows_are_read_as_the_transactions_are_packed_not_all_before_the_first()
    {
        var rows = new CountingRows(entities: 30_000, relations: 20_000);
        var packed = 0;

        foreach (var transaction in LoadTransaction.Pack(LoadSteps.Of(rows), SeedLoader.RowsPerTransaction))
        {
            packed += transaction.Rows;
            rows.Read.Should().BeLessThanOrEqualTo(packed + (Kinds.Length + 1) * SeedLoader.BatchSize, "only the next batch and one unfinished batch per kind are read ahead");
        }

        packed.Should().Be(50_000);
        rows.Read.Should().Be(50_000);
    }

    [Fact]
    public void every_statement_holds_one_kind_entities_before_relations_and_the_count_is_known_in_advance()
    {
        var rows = new CountingRows(entities: 2_345, relations: 1_234);

        var steps = LoadSteps.Of(rows).ToList();

        steps.Should().HaveCount(LoadSteps.Count(rows));
        steps.Sum(s => s.Rows).Should().Be(2_345 + 1_234);
        steps.Should().OnlyContain(s => s.Rows <= SeedLoader.BatchSize);
        steps.TakeWhile(s => s.Name.StartsWith("entities", StringComparison.Ordinal)).Sum(s => s.Rows).Should().Be(2_345);
        steps.Where(s => s.Name == "entities: Institute").Sum(s => s.Rows).Should().Be(782);
    }

    /// <summary>Synthetic rows made as they are read, kinds in turn, counting how many were.</summary>
    private sealed class CountingRows(int entities, int relations) : ISeedRows
    {
        public int Read { get; private set; }

        public string Version => "test";

        public int FileCount => 1;

        public IReadOnlyDictionary<EntityKind, int> EntityCounts =>
            Kinds.Select((kind, k) => (kind, Count: Enumerable.Range(0, entities).Count(i => i % Kinds.Length == k))).ToDictionary(c => c.kind, c => c.Count);

        public IReadOnlyDictionary<RelationType, int> RelationCounts => new Dictionary<RelationType, int> { [RelationType.LocatedIn] = relations };

        public IEnumerable<GraphEntity> ReadEntities()
        {
            for (var i = 0; i < entities; i++)
            {
                Read++;
                yield return new GraphEntity($"inst.e{i}", Kinds[i % Kinds.Length], $"机构{i}", null, [], ["d001:p1"], new Dictionary<string, object>());
            }
        }

        public IEnumerable<GraphRelation> ReadRelations()
        {
            for (var i = 0; i < relations; i++)
            {
                Read++;
                yield return new GraphRelation($"inst.e{i}", RelationType.LocatedIn, "region.r", null, ["d001:p1"], new Dictionary<string, object>());
            }
        }
    }
}
