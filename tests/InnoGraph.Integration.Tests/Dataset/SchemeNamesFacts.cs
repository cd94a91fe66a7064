using InnoGraph.Domain.Text;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// The names people type for plans, programmes, designations and actions — short forms, the
/// documents' own spellings, traditional characters, English short names — each name one entity
/// of its kind.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SchemeNamesFacts(SeededGraphFixture graph)
{
    // As the API resolves a name: as typed or in simplified characters, English in any letter case.
    private const string ByNameCypher =
        "MATCH (e:Entity {kind: $kind}) " +
        "WHERE e.name IN $names OR toLower(coalesce(e.nameEn, '')) = toLower($name) OR any(a IN coalesce(e.aliases, []) WHERE a IN $names) " +
        "RETURN e.id AS id";

    public static TheoryData<string, string, string> TypedNames => new()
    {
        { "315", "Plan", "plan.jx315" },
        { "“315”", "Plan", "plan.jx315" },
        { "315体系", "Plan", "plan.jx315" },
        { "315 plan", "Plan", "plan.jx315" },
        { "Jiaxing 315 plan", "Plan", "plan.jx315" },
        { "315工程", "Programme", "prog.zhejiang.315-system" },
        { "Zhejiang 315 programme", "Programme", "prog.zhejiang.315-system" },
        { "深根计划", "Plan", "plan.jiaxing.deep-roots" },
        { "Deep Roots", "Plan", "plan.jiaxing.deep-roots" },
        { "十大行动", "Plan", "plan.shengzhou.ten-actions" },
        { "孵化之城", "Plan", "plan.jiaxing.incubation-city" },
        { "提能造峰行动", "Action", "action.jx315.1" },
        { "双倍增", "Programme", "prog.zhejiang.double-doubling" },
        { "千人计划", "Programme", "prog.national.thousand-talents" },
        { "Thousand Talents Plan", "Programme", "prog.national.thousand-talents" },
        { "330计划", "Programme", "prog.shaoxing.330-overseas-talent" },
        { "135N", "Programme", "prog.jiaxing.135n-clusters" },
        { "大院名校工程", "Programme", "prog.zhejiang.top-institutes-co-build" },
        { "雙倍增", "Programme", "prog.zhejiang.double-doubling" },
        { "高企", "Designation", "desig.national-high-tech-enterprise" },
        { "high-tech enterprise", "Designation", "desig.national-high-tech-enterprise" },
        { "全创改", "Designation", "desig.zhejiang.comprehensive-innovation-reform-pilot-zone" },
        { "专精特新小巨人", "Designation", "desig.specialised-little-giant" },
        { "省實驗室", "Designation", "desig.zhejiang.provincial-laboratory" },
        { "State Key Laboratory", "Designation", "desig.national-key-laboratory" },
    };

    [Theory]
    [MemberData(nameof(TypedNames))]
    public async Task a_name_people_type_finds_exactly_its_entity(string name, string kind, string id)
    {
        var rows = await graph.QueryAsync<IdRow>(ByNameCypher, ("name", name), ("names", new[] { name, ChineseScript.ToSimplified(name) }), ("kind", kind));

        rows.Select(r => r.Id).Should().Equal([id], $"'{name}' names one {kind}");
    }

    [Fact]
    public void every_plan_programme_and_designation_has_a_short_form_or_an_english_short_name()
    {
        var schemes = graph.Dataset.Entities.Where(e => e.Kind is Domain.Model.EntityKind.Plan or Domain.Model.EntityKind.Programme or Domain.Model.EntityKind.Designation).ToList();

        schemes.Should().HaveCountGreaterThan(100);
        schemes.Should().OnlyContain(e => e.Aliases.Count > 0);
    }

    [Fact]
    public void an_alias_a_document_uses_brings_its_paragraph_into_the_entitys_sources()
    {
        var plan = graph.Dataset.Entities.Single(e => e.Id == "plan.shengzhou.ten-actions");
        var lab = graph.Dataset.Entities.Single(e => e.Id == "desig.zhejiang.provincial-laboratory");

        plan.Sources.Should().Contain(["d002:p3", "d002:p4"]);
        lab.Sources.Should().Contain(["d003:p3", "d004:p9"], "省實驗室 is d003's spelling, 省实验室 the plan's");
    }

    private sealed record IdRow(string Id);
}
