using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Tests;

public sealed class PartOfTests
{
    [Fact]
    public void an_institute_named_after_a_known_university_is_part_of_it()
    {
        var result = Ingest("青山大学东湖智能制造研究院正式揭牌。");

        var institute = result.Entities.Single(e => e.Kind == EntityKind.Institute);
        result.Relations.Should().ContainSingle(r => r.Type == RelationType.PartOf).Which.Should().Match<Facts.RelationProposal>(r => r.From == institute.Id && r.To == "univ.qingshan-university");
    }

    [Fact]
    public void an_institute_named_after_a_college_the_graph_lacks_proposes_the_college_and_is_part_of_it()
    {
        var result = Ingest("青山师范学院智能制造研究院落户东湖区。");

        var college = result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.University).Which;
        college.Name.Should().Be("青山师范学院");
        college.IsNew.Should().BeTrue();
        var institute = result.Entities.Single(e => e.Kind == EntityKind.Institute);
        result.Relations.Should().Contain(r => r.Type == RelationType.PartOf && r.From == institute.Id && r.To == college.Id);
    }

    [Fact]
    public void an_academys_institute_is_not_taken_for_a_colleges()
    {
        var result = Ingest("江南科学院材料研究所建成投用。");

        result.Entities.Should().NotContain(e => e.Kind == EntityKind.University);
    }

    private static Facts.IngestResult Ingest(string text) =>
        new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan"));
}
