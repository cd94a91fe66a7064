namespace InnoGraph.Domain.Tests.Seeds;

/// <summary>Small seed files for tests: one document source and a few well-formed, located entities to build mistakes on.</summary>
internal static class SeedFiles
{
    public const string Sources = """
        sources:
          - id: d001
            kind: document
            file: 001.txt
            title: 测试文件
            paragraphs: 20
          - id: ref-codes
            kind: reference
            title: Division codes
        """;

    public const string Entities = """
        entities:
          - id: region.jiaxing
            kind: Region
            name: 嘉兴市
            en: Jiaxing
            aliases: [嘉兴, { name: 嘉興, script: zh-Hant }]
            props: { level: city, divisionCode: "330400" }
            at: [ref-codes:330400]
          - id: inst.demo
            kind: Institute
            name: 示范研究院
            props: { founded: 2003 }
            at: [d001:p3]
          - id: univ.demo
            kind: University
            name: 示范大学
            at: [d001:p3]
        relations:
          - { from: inst.demo, type: LOCATED_IN, to: region.jiaxing, at: [d001:p4] }
          - { from: univ.demo, type: LOCATED_IN, to: region.jiaxing, at: [d001:p4] }
        """;
}
