using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class TaskHeadingTests
{
    [Fact]
    public void a_task_name_may_hold_latin_letters_and_digits_and_may_end_at_the_paragraphs_end()
    {
        TaskHeadingRule.Find("加快建设。2 .推进青山G60科创走廊建设。支持企业。").Select(h => (h.Number, h.Name)).Should().Equal(("2", "推进青山G60科创走廊建设"));
        TaskHeadingRule.Find("(责任单位:市科技局)3 .深化国际科技合作").Select(h => (h.Number, h.Name)).Should().Equal(("3", "深化国际科技合作"));
    }

    [Fact]
    public void an_action_may_be_opened_by_an_enumeration_in_running_text()
    {
        TaskHeadingRule.Find("实施五大行动。一是实施数字产业培育行动。培育企业。二是人才引育行动。").Where(h => h.IsAction).Select(h => (h.Number, h.Name))
            .Should().Equal(("一", "数字产业培育行动"), ("二", "人才引育行动"));
    }

    [Fact]
    public void another_documents_task_is_not_matched_in_running_text()
    {
        var task = new KnownEntity("task.d001.1-1", EntityKind.Task, "建设研发平台", ["建设研发平台"], new HashSet<string> { "d001" }, new Dictionary<string, object>());
        var result = new DocumentIngester(GazetteerIndex.Of([task])).Ingest("全市加快建设研发平台。", new IngestOptions("d002", "002.txt"));

        result.Entities.Should().NotContain(e => e.Id == task.Id);
    }
}
