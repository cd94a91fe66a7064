namespace InnoGraph.Ingestion.Tests;

public sealed class CountyUnitTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void a_districts_short_forms_in_its_own_document_name_its_bodies_with_the_city_before_it()
    {
        var names = Units("(责任单位:区科技局、区发改局)", "region.qingshan.donghu", title: "东湖区科技工作要点");

        names.Should().Equal("青山市东湖区科学技术局", "青山市东湖区发展和改革局");
    }

    [Fact]
    public void a_districts_bodies_the_table_does_not_expand_have_the_city_before_the_district_too()
    {
        var names = Units("(责任单位:区财政局、区税务局、区委人才办)", "region.qingshan.donghu", title: "东湖区科技工作要点");

        names.Should().Equal("青山市东湖区财政局", "国家税务总局青山市东湖区税务局", "中共青山市东湖区委人才工作领导小组办公室");
    }

    [Fact]
    public void the_city_in_a_districts_document_is_the_city_the_district_is_part_of()
    {
        var result = Ingest("(责任单位:市科技局、区发改局)", "region.qingshan.donghu", title: "东湖区科技工作要点");

        result.Entities.Should().Contain(e => e.Id == "gov.qingshan.science-bureau").And.NotContain(e => e.Name == "东湖区科学技术局");
    }

    [Fact]
    public void a_citys_document_about_one_of_its_districts_names_that_districts_bodies_by_their_short_forms()
    {
        var names = Units("(责任单位:区科技局、区发改局)", "region.qingshan", title: "东湖区2024年科技工作总结");

        names.Should().Equal("青山市东湖区科学技术局", "青山市东湖区发展和改革局");
    }

    [Fact]
    public void a_district_named_only_by_its_bodys_short_form_in_a_citys_unit_list_is_mentioned_there()
    {
        const string text = "(责任单位:市科技局、东湖区政府)";
        var result = Ingest(text, "region.qingshan", title: "青山市科技工作要点");

        var district = result.Entities.Single(e => e.Id == "region.qingshan.donghu");
        district.Evidence.Select(e => (e.Start, e.End)).Should().Equal((text.IndexOf("东湖区", StringComparison.Ordinal), text.IndexOf("东湖区", StringComparison.Ordinal) + 3));
        result.Entities.Should().Contain(e => e.Name == "青山市东湖区人民政府");
    }

    [Fact]
    public void a_districts_government_and_committee_written_alone_in_its_document_are_the_districts()
    {
        const string text = "区政府与青山大学合作建设东湖智能制造研究院。各区政府要加强保障。区委区政府高度重视。";
        var result = Ingest(text, "region.qingshan.donghu", title: "东湖区科技工作要点");

        result.Entities.Where(e => e.Kind == Domain.Model.EntityKind.GovernmentBody).Select(e => e.Name).Should()
            .BeEquivalentTo("青山市东湖区人民政府", "中共青山市东湖区委员会");
        result.Relations.Should().Contain(r => r.Type == Domain.Model.RelationType.CoBuiltWith && result.Entities.Single(e => e.Id == r.To).Name == "青山市东湖区人民政府"
            || r.Type == Domain.Model.RelationType.CoBuiltWith && result.Entities.Single(e => e.Id == r.From).Name == "青山市东湖区人民政府");
        result.Entities.Single(e => e.Name == "青山市东湖区人民政府").Evidence.Select(e => e.Start).Should().BeEquivalentTo([0, text.IndexOf("区委区政府", StringComparison.Ordinal) + 2]);
    }

    private static List<string> Units(string text, string city, string title)
    {
        var result = Ingest(text, city, title);
        return [.. result.Relations.Where(r => r.Type == Domain.Model.RelationType.ResponsibleFor).OrderBy(r => r.Evidence.Start).Select(r => result.Entities.Single(e => e.Id == r.From).Name)];
    }

    private static Facts.IngestResult Ingest(string text, string city, string title) =>
        new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", Title: title, City: city));
}
