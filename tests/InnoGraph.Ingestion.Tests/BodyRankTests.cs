using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class BodyRankTests
{
    private const string Text = "2023年,东湖高新区位列全省第8名,西山高新区排名进入全国前60位。";

    private static KnownEntity Indicator(string id, string name) => new(id, EntityKind.Indicator, name, [name], new HashSet<string>(), new Dictionary<string, object>());

    private static List<Mention> Bodies() =>
    [
        new(Text.IndexOf("东湖高新区", StringComparison.Ordinal), Text.IndexOf("东湖高新区", StringComparison.Ordinal) + 5, "park.donghu", EntityKind.Park, "东湖高新区", false, "test", 1),
        new(Text.IndexOf("西山高新区", StringComparison.Ordinal), Text.IndexOf("西山高新区", StringComparison.Ordinal) + 5, "park.xishan", EntityKind.Park, "西山高新区", true, "test", 1),
    ];

    [Fact]
    public void a_rank_right_after_a_body_is_its_value_of_the_graphs_rank_for_bodies_of_its_kind()
    {
        BodyRankRule.Find(Text, Bodies(), [Indicator("ind.zone-rank", "高新区综合评价排名"), Indicator("ind.index-rank", "创新指数排名")], new YearContext(2024))
            .Select(r => (r.Indicator.Id, r.Value.Indicator, r.Value.Region, r.Value.Year, r.Value.Value, r.Value.Qualifier)).Should().Equal(
                ("ind.zone-rank", "ind.zone-rank", "park.donghu", 2023, 8m, "province"), ("ind.zone-rank", "ind.zone-rank", "park.xishan", 2023, 60m, "within"));
    }

    [Fact]
    public void without_one_such_rank_in_the_graph_nothing_is_read()
    {
        BodyRankRule.Find(Text, Bodies(), [Indicator("ind.index-rank", "创新指数排名")], new YearContext(2024)).Should().BeEmpty();
        BodyRankRule.Find(Text, Bodies(), [Indicator("ind.a", "高新区综合评价排名"), Indicator("ind.b", "高新区亩均效益排名")], new YearContext(2024)).Should().BeEmpty();
    }
}
