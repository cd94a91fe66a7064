using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

/// <summary>A small made-up graph (the cities 青山市 and 白沙市, 青山市 part of the province 江南省) and a made-up document about 青山市.</summary>
internal static class FictionalCity
{
    /// <summary>The source of the made-up graph: 青山市's briefing of three paragraphs, which every entity of these tests cites.</summary>
    public const string Source = """
        sources:
          - id: d001
            kind: document
            file: 001_qingshan.txt
            title: 青山市科技简报
            city: region.qingshan
            script: zh-Hans
            paragraphs: 3

        """;

    public const string Seeds = Source + """
        entities:
          - { id: region.jiangnan, kind: Region, name: 江南省, props: { level: province }, at: [d001:p1] }
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
          - { id: region.qingshan.donghu, kind: Region, name: 东湖区, props: { level: district }, at: [d001:p1] }
          - { id: region.baisha, kind: Region, name: 白沙市, props: { level: city }, at: [d001:p1] }
          - { id: gov.qingshan.science-bureau, kind: GovernmentBody, name: 青山市科学技术局, aliases: [市科技局, 青山市科技局], props: { level: municipal, type: bureau }, at: [d001:p2] }
          - { id: gov.qingshan.finance-bureau, kind: GovernmentBody, name: 青山市财政局, aliases: [市财政局], props: { level: municipal, type: bureau }, at: [d001:p2] }
          - { id: univ.qingshan-university, kind: University, name: 青山大学, props: { type: university }, at: [d001:p3] }
          - { id: ind.rd-intensity, kind: Indicator, name: 研发投入强度, props: { unit: "%" }, at: [d001:p2] }
        relations:
          - { from: region.qingshan, type: PART_OF, to: region.jiangnan, at: [d001:p1] }
          - { from: univ.qingshan-university, type: LOCATED_IN, to: region.qingshan, at: [d001:p3] }
        """;

    public const string Document = """
        青山市科技创新工作情况

        2023年,全市研发投入强度为2.85%。到2027年,研发投入强度超过3.5%。
        青山大学与东湖区人民政府合作共建青山大学智能制造研究院。青山大学智能制造研究院位于东湖区。
        1.建设高水平研发平台。支持企业建设研发机构。(责任单位:市科技局、市财政局、市委组织部市委人才办)
        """;

    public static SeedDataset Dataset()
    {
        var result = SeedCompiler.Compile([("seeds.yaml", Seeds)]);
        result.Problems.Should().BeEmpty();
        return result.Dataset!;
    }

    public static GazetteerIndex Gazetteer() => GazetteerIndex.Of(Dataset());

    /// <summary>A gazetteer of the made-up source and the given sections, for a test that needs a graph of its own.</summary>
    public static GazetteerIndex GazetteerWith(string sections)
    {
        var result = SeedCompiler.Compile([("seeds.yaml", Source + sections)]);
        result.Problems.Should().BeEmpty();
        return GazetteerIndex.Of(result.Dataset!);
    }
}
