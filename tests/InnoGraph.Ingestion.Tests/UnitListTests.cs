using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class UnitListTests
{
    private static List<string> Units(string text) => [.. UnitListRule.Find(text).Single().Units.Select(u => u.Name)];

    [Fact]
    public void a_list_splits_at_its_separators_in_the_source_order()
    {
        Units("加快建设。(责任单位:市科技局、市发展改革委,市财政局)").Should().Equal("市科技局", "市发展改革委", "市财政局");
    }

    [Fact]
    public void a_tasks_line_of_fields_gives_its_units_up_to_the_first_field_of_another_kind()
    {
        UnitListRule.Find("1.建设新材料中试基地。牵头单位：区科技局；配合单位：区发改局、区财政局；完成时限：2027年底").SelectMany(l => l.Units).Select(u => u.Name)
            .Should().Equal("区科技局", "区发改局", "区财政局");
    }

    [Fact]
    public void a_speech_assigns_a_lead_and_the_units_that_help_it_in_prose()
    {
        UnitListRule.Find("这项工作,区科技局要牵头,区发改局、区财政局要全力配合。").SelectMany(l => l.Units).Select(u => u.Name)
            .Should().Equal("区科技局", "区发改局", "区财政局");
        UnitListRule.Find("区经信局要牵头抓总,区科技局、区税务局要各司其职、协同推进。").SelectMany(l => l.Units).Select(u => u.Name)
            .Should().Equal("区经信局", "区科技局", "区税务局");
    }

    [Fact]
    public void a_list_in_square_brackets_is_read_as_one_in_round_ones()
    {
        UnitListRule.Find("3.建设青山实验室。【责任单位：区科技局、区发改局】").SelectMany(l => l.Units).Select(u => u.Name).Should().Equal("区科技局", "区发改局");
    }

    [Fact]
    public void a_compound_of_two_units_splits_where_the_second_begins_with_a_place()
    {
        Units("(责任单位:市委组织部市委人才办、市教育局、团市委、市市场监管局)").Should().Equal("市委组织部", "市委人才办", "市教育局", "团市委", "市市场监管局");
    }

    [Fact]
    public void separators_inside_brackets_do_not_split()
    {
        Units("(责任单位:市经信局、有关县(市、区)政府)").Should().Equal("市经信局", "有关县(市、区)政府");
    }

    [Fact]
    public void a_separator_inside_a_known_name_does_not_split()
    {
        const string text = "(责任单位:市经信局、有关县市、区政府)";
        var known = text.IndexOf("有关县市、区政府", StringComparison.Ordinal);
        var units = UnitListRule.Find(text, at => at > known && at < known + 8).Single().Units.Select(u => u.Name);

        units.Should().Equal("市经信局", "有关县市、区政府");
    }

    [Fact]
    public void a_unit_marked_as_lead_comes_first_whatever_its_place()
    {
        Units("(责任单位:市财政局、市科技局牵头、市教育局)").Should().Equal("市科技局", "市财政局", "市教育局");
        Units("(牵头单位:市教育局、市科技局(牵头))").Should().Equal("市科技局", "市教育局");
    }

    [Fact]
    public void a_list_cut_off_at_the_end_of_its_paragraph_says_so_and_keeps_its_spans()
    {
        const string text = "推进。(责任单位:市科技局、市人力社保";
        var list = UnitListRule.Find(text).Single();

        list.Truncated.Should().BeTrue();
        list.Units.Select(u => text[u.Start..u.End]).Should().Equal("市科技局", "市人力社保");
    }

    [Fact]
    public void the_county_governments_phrase_cut_off_by_the_paragraphs_end_is_read_whole()
    {
        Units("推进。(责任单位:市科技局、市商务局、各县").Should().Equal("市科技局", "市商务局", "各县(市、区)政府");
    }

    [Fact]
    public void a_list_on_its_own_line_needs_no_brackets()
    {
        Units("加快建设青山实验室。\n责任单位:市科技局、市财政局,市教育局").Should().Equal("市科技局", "市财政局", "市教育局");
    }

    [Fact]
    public void a_lead_unit_and_its_co_units_are_one_list_lead_first()
    {
        Units("牵头单位:市科技局;配合单位:市财政局、市教育局").Should().Equal("市科技局", "市财政局", "市教育局");
        Units("推进。(牵头单位:市经信局,责任单位:市科技局、市商务局)").Should().Equal("市经信局", "市科技局", "市商务局");
        Units("责任单位:市财政局、市科技局(牵头)、市教育局").Should().Equal("市科技局", "市财政局", "市教育局");
    }

    [Fact]
    public void a_lead_stated_in_running_text_is_a_list()
    {
        Units("推进建设。市科技局牵头,市财政局、市教育局配合。").Should().Equal("市科技局", "市财政局", "市教育局");
        Units("推进建设。市科技局牵头负责。").Should().Equal("市科技局");
    }

    [Fact]
    public void the_words_that_close_a_list_are_no_unit()
    {
        Units("责任单位:市科技局、市财政局等").Should().Equal("市科技局", "市财政局");
        Units("(责任单位:市科技局、各县(市、区)政府按职责分工负责)").Should().Equal("市科技局", "各县(市、区)政府");
    }

    [Fact]
    public void full_width_separators_and_colons_split_too()
    {
        Units("责任单位：市科技局，市财政局；市教育局").Should().Equal("市科技局", "市财政局", "市教育局");
    }
}
