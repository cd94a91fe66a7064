using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Facts of d004, the Jiaxing "315" plan (2023-2027). Expected values are read off the document
/// by hand: the units after each task (first listed leads), the plan's structure and its 2027 targets.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class D004Facts(SeededGraphFixture graph)
{
    private const string OwnersCypher =
        "MATCH (u:Entity)-[r:RESPONSIBLE_FOR]->(t:Entity {id: $task}) " +
        "RETURN u.id AS id, r.role AS role, r.`order` AS `order` ORDER BY r.`order`";

    [Fact]
    public async Task task_2_1_is_led_by_the_science_bureau_with_the_economy_bureau()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.2-1"));

        rows.Should().Equal(
            new OwnerRow("gov.jiaxing.science-bureau", "LEAD", 1),
            new OwnerRow("gov.jiaxing.economy-bureau", "CO", 2));
    }

    [Fact]
    public async Task task_3_2_has_seven_units_in_the_order_of_the_source()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.3-2"));

        rows.Select(r => r.Id).Should().Equal(
            "gov.jiaxing.science-bureau",
            "gov.jiaxing.drc",
            "gov.jiaxing.economy-bureau",
            "gov.jiaxing.education-bureau",
            "gov.jiaxing.finance-bureau",
            "gov.jiaxing.sasac",
            "gov.jiaxing.hrss-bureau");
        rows.Select(r => r.Role).Should().Equal("LEAD", "CO", "CO", "CO", "CO", "CO", "CO");
    }

    [Fact]
    public async Task task_1_2_is_led_by_the_education_bureau()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.1-2"));

        rows.Select(r => r.Id).Should().Equal(
            "gov.jiaxing.education-bureau",
            "gov.jiaxing.drc",
            "gov.jiaxing.science-bureau",
            "gov.jiaxing.economy-bureau",
            "gov.jiaxing.finance-bureau",
            "gov.jiaxing.hrss-bureau");
        rows[0].Role.Should().Be("LEAD");
    }

    [Fact]
    public async Task task_4_1_lists_the_organization_department_and_the_talent_office_as_two_units()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.4-1"));

        rows.Should().Equal(
            new OwnerRow("gov.jiaxing.organization-department", "LEAD", 1),
            new OwnerRow("gov.jiaxing.talent-office", "CO", 2),
            new OwnerRow("gov.jiaxing.education-bureau", "CO", 3),
            new OwnerRow("gov.jiaxing.science-bureau", "CO", 4),
            new OwnerRow("gov.jiaxing.hrss-bureau", "CO", 5),
            new OwnerRow("gov.jiaxing.cast", "CO", 6));
    }

    [Fact]
    public async Task task_5_1_ends_with_the_central_bank_branch_and_the_insurance_regulator()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.5-1"));

        rows.Should().HaveCount(7);
        rows.Skip(5).Should().Equal(
            new OwnerRow("gov.jiaxing.pboc-sub-branch", "CO", 6),
            new OwnerRow("gov.jiaxing.cbirc-sub-bureau", "CO", 7));
    }

    [Fact]
    public async Task task_5_2_unit_list_runs_over_the_page_break_onto_p3()
    {
        var rows = await graph.QueryAsync<OwnerRow>(OwnersCypher, ("task", "task.jx315.5-2"));
        var counties = await graph.QueryAsync<SourcesRow>(
            "MATCH (u:Entity {id: $unit})-[r:RESPONSIBLE_FOR]->(t:Entity {id: $task}) RETURN r.sources AS sources",
            ("unit", "gov.jiaxing.county-governments"),
            ("task", "task.jx315.5-2"));

        rows.Select(r => r.Id).Should().Equal(
            "gov.jiaxing.science-bureau",
            "gov.jiaxing.drc",
            "gov.jiaxing.commerce-bureau",
            "gov.jiaxing.county-governments");
        counties.Should().ContainSingle().Which.Sources.Should().BeEquivalentTo("d004:p23#t5.2", "d004:p3#t5.2");
    }

    [Fact]
    public async Task the_lead_of_task_6_3_is_located_on_paragraph_7()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (u:Entity {id: $unit})-[r:RESPONSIBLE_FOR]->(t:Entity {id: $task}) RETURN r.sources AS sources",
            ("unit", "gov.jiaxing.science-bureau"),
            ("task", "task.jx315.6-3"));

        rows.Should().ContainSingle().Which.Sources.Should().Equal("d004:p7#t6.3");
    }

    [Fact]
    public async Task the_science_bureau_leads_twelve_of_the_nineteen_tasks()
    {
        var led = await graph.QueryAsync<IdRow>(
            "MATCH (u:Entity {id: $unit})-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->(t:Task) RETURN t.id AS id ORDER BY t.id",
            ("unit", "gov.jiaxing.science-bureau"));
        var tasks = await graph.QueryAsync<IdRow>(
            "MATCH (t:Task)-[:PART_OF]->(:Action)-[:PART_OF]->(p:Plan {id: $plan}) RETURN t.id AS id",
            ("plan", "plan.jx315"));

        tasks.Should().HaveCount(19);
        led.Select(r => r.Id).Should().Equal(
            "task.jx315.1-1", "task.jx315.1-3", "task.jx315.2-1", "task.jx315.2-2",
            "task.jx315.3-1", "task.jx315.3-2", "task.jx315.4-2", "task.jx315.5-1",
            "task.jx315.5-2", "task.jx315.5-3", "task.jx315.6-1", "task.jx315.6-3");
    }

    [Fact]
    public async Task the_plan_has_six_actions_and_action_5_has_three_tasks_in_order()
    {
        var actions = await graph.QueryAsync<NamedRow>(
            "MATCH (a:Action)-[r:PART_OF]->(:Plan {id: $plan}) RETURN a.id AS id, a.name AS name ORDER BY r.`order`",
            ("plan", "plan.jx315"));
        var tasks = await graph.QueryAsync<NamedRow>(
            "MATCH (t:Task)-[r:PART_OF]->(:Action {id: $action}) RETURN t.id AS id, t.name AS name ORDER BY r.`order`",
            ("action", "action.jx315.5"));

        actions.Should().HaveCount(6);
        actions[0].Name.Should().Be("实施重点科创平台提能造峰行动");
        actions[5].Name.Should().Be("实施开放创新生态深化打造行动");
        tasks.Select(t => t.Name).Should().Equal("完善跨区域协同创新机制", "推进嘉兴G60科创走廊建设", "促进高新区高质量发展");
    }

    [Fact]
    public async Task the_plan_is_published_by_the_general_office_on_30_march_2023()
    {
        var rows = await graph.QueryAsync<PublisherRow>(
            "MATCH (g:Entity)-[r:PUBLISHES]->(p:Entity {id: $plan}) RETURN g.id AS id, r.date AS date",
            ("plan", "plan.jx315"));

        rows.Should().ContainSingle().Which.Should().Be(new PublisherRow("gov.jiaxing.government-office", "2023-03-30"));
    }

    [Theory]
    [InlineData("ind.rd-intensity", 3.65)]
    [InlineData("ind.industrial-rd-revenue-share", 3.4)]
    [InlineData("ind.high-tech-industry-value-added-share", 73)]
    [InlineData("ind.high-tech-enterprises", 6000)]
    [InlineData("ind.sci-tech-smes", 15000)]
    [InlineData("ind.rd-personnel-per-10k-employed", 230)]
    public async Task jiaxing_2027_targets_are_recorded(string indicator, double expected)
    {
        var rows = await graph.QueryAsync<ObservationRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year = 2027 " +
            "RETURN m.value AS value, m.status AS status",
            ("region", "region.jiaxing"),
            ("indicator", indicator));

        rows.Should().ContainSingle().Which.Should().Be(new ObservationRow(expected, "target"));
    }

    [Fact]
    public async Task the_national_high_tech_zone_targets_a_national_rank_within_the_top_40()
    {
        var rows = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $zone})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
            "RETURN m.year AS year, m.value AS value, m.scope AS scope, m.status AS status",
            ("zone", "park.jiaxing.xiuzhou-high-tech-zone"),
            ("indicator", "ind.high-tech-zone-rank"));

        rows.Should().Contain(new RankRow(2027, 40, "national", "target"));
    }

    [Fact]
    public async Task the_2027_rd_intensity_target_is_over_3_65_percent_and_cites_paragraph_3()
    {
        var rows = await graph.QueryAsync<TargetRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year = 2027 " +
            "RETURN m.value AS value, m.qualifier AS qualifier, m.sources AS sources",
            ("region", "region.jiaxing"),
            ("indicator", "ind.rd-intensity"));

        rows.Should().ContainSingle();
        rows[0].Value.Should().Be(3.65);
        rows[0].Qualifier.Should().Be("over");
        rows[0].Sources.Should().Equal("d004:p3");
    }

    [Theory]
    [InlineData("ind.fiscal-st-spending-annual-growth", 18, "over")]
    [InlineData("ind.national-key-lab-branches", 3, "over")]
    [InlineData("ind.postgraduates-enrolled", 2000, "over")]
    [InlineData("ind.new-listed-manufacturing-enterprises", 30, "new")]
    [InlineData("ind.st-foundation-projects-investment", 280, "cumulative")]
    [InlineData("ind.lake-districts-high-end-talent-share", 33.3, "about")]
    public async Task jiaxing_2027_targets_carry_the_qualifier_of_their_wording(string indicator, double value, string qualifier)
    {
        var rows = await graph.QueryAsync<TargetRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year = 2027 " +
            "RETURN m.value AS value, m.qualifier AS qualifier, m.sources AS sources",
            ("region", "region.jiaxing"),
            ("indicator", indicator));

        rows.Should().ContainSingle();
        rows[0].Value.Should().Be(value);
        rows[0].Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public async Task the_provincial_high_tech_zones_target_a_provincial_rank_within_the_top_30()
    {
        var rows = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
            "RETURN m.year AS year, m.value AS value, m.scope AS scope, m.status AS status",
            ("region", "region.jiaxing"),
            ("indicator", "ind.provincial-high-tech-zones-rank"));

        rows.Should().Equal(new RankRow(2027, 30, "province", "target"));
    }

    [Fact]
    public async Task every_task_of_the_plan_has_one_lead_and_a_complete_unit_list()
    {
        var rows = await graph.QueryAsync<TaskOwnersRow>(
            "MATCH (t:Task)-[:PART_OF]->(:Action)-[:PART_OF]->(:Plan {id: $plan}) " +
            "MATCH (u:Entity)-[r:RESPONSIBLE_FOR]->(t) " +
            "WITH t, collect(r.role) AS roles, count(u) AS units " +
            "RETURN t.id AS id, size([x IN roles WHERE x = 'LEAD']) AS leads, units AS units, " +
            "coalesce(t.ownersTruncated, false) AS truncated ORDER BY t.id",
            ("plan", "plan.jx315"));

        rows.Should().HaveCount(19);
        rows.Should().OnlyContain(r => r.Leads == 1 && !r.Truncated);
        rows.Select(r => r.Units).Should().Equal(5, 6, 3, 4, 2, 4, 3, 7, 6, 6, 3, 3, 7, 7, 4, 6, 3, 5, 2);
    }

    [Fact]
    public async Task task_3_1_promotes_the_enterprise_titles_of_p15_and_p16()
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (:Task {id: $task})-[:SUPPORTS]->(d:Designation) RETURN d.id AS id ORDER BY d.id",
            ("task", "task.jx315.3-1"));

        rows.Select(r => r.Id).Should().Equal(
            "desig.hidden-champion",
            "desig.manufacturing-single-champion",
            "desig.national-high-tech-enterprise",
            "desig.specialised-little-giant",
            "desig.tech-leading-enterprise",
            "desig.tech-little-giant",
            "desig.zhejiang.sci-tech-sme");
    }

    private sealed record OwnerRow(string Id, string Role, int Order);

    private sealed record SourcesRow(string[] Sources);

    private sealed record IdRow(string Id);

    private sealed record NamedRow(string Id, string Name);

    private sealed record PublisherRow(string Id, string Date);

    private sealed record ObservationRow(double Value, string Status);

    private sealed record RankRow(int Year, double Value, string Scope, string Status);

    private sealed record TargetRow(double Value, string Qualifier, string[] Sources);

    private sealed record TaskOwnersRow(string Id, int Leads, int Units, bool Truncated);
}
