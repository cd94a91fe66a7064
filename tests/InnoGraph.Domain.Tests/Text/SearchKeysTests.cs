using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Tests.Text;

public sealed class SearchKeysTests
{
    [Fact]
    public void a_chinese_name_has_its_character_pairs_and_its_last_character()
    {
        SearchKeys.Of(["南湖实验室"]).Should().Equal("南湖", "湖实", "实验", "验室", "室");
    }

    [Fact]
    public void a_latin_name_has_its_words_and_separators_give_no_keys()
    {
        SearchKeys.Of(["Nanhu Lab (North), 2"]).Should().Equal("nanhu", "lab", "north", "2");
    }

    [Fact]
    public void words_and_runs_of_other_letters_are_cut_where_they_meet()
    {
        SearchKeys.Of(["G60科创走廊"]).Should().Equal("g60", "科创", "创走", "走廊", "廊");
    }

    [Fact]
    public void every_name_alias_and_english_name_gives_keys_once_normalised_and_simplified()
    {
        SearchKeys.Of(["嘉興", "Lab", null, "嘉兴"]).Should().Equal("嘉兴", "兴", "lab");
    }

    [Fact]
    public void every_character_of_a_chinese_name_begins_one_of_its_keys()
    {
        var name = "秀洲区科技局";

        var keys = SearchKeys.Of([name]);

        name.Select(c => c.ToString()).Should().OnlyContain(c => keys.Any(k => k.StartsWith(c, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("科技局", new[] { "科技", "技局" }, null)]
    [InlineData("局", new string[0], "局")]
    [InlineData("tsing", new string[0], "tsing")]
    [InlineData("tsinghua yangtze", new[] { "tsinghua" }, null)]
    [InlineData("g60科", new[] { "g60" }, null)]
    [InlineData("嘉兴 lab", new[] { "嘉兴", "兴" }, null)]
    [InlineData("R&D经费", new[] { "r", "d", "经费" }, null)]
    [InlineData("(", new string[0], null)]
    public void a_text_looks_up_the_keys_every_name_holding_it_has(string text, string[] exact, string? prefix)
    {
        var keys = SearchKeys.Of(text);

        keys.Exact.Should().Equal(exact);
        keys.Prefix.Should().Be(prefix);
    }

    [Theory]
    [InlineData("浙江清华长三角研究院", "清华长三角")]
    [InlineData("浙江清华长三角研究院", "院")]
    [InlineData("Yangtze Delta Region Institute of Tsinghua University, Zhejiang", "tsinghua univ")]
    [InlineData("Yangtze Delta Region Institute of Tsinghua University, Zhejiang", "of tsinghua")]
    [InlineData("G60科创走廊(嘉兴段)", "g60科创")]
    [InlineData("G60科创走廊(嘉兴段)", "走廊(嘉")]
    public void a_name_holding_the_text_has_its_exact_keys_and_a_key_with_its_prefix(string name, string text)
    {
        var keys = SearchKeys.Of([name]);
        var wanted = SearchKeys.Of(text);

        wanted.Exact.Where(k => !keys.Contains(k)).Should().BeEmpty();
        (wanted.Exact.Count > 0 || wanted.Prefix is not null).Should().BeTrue();
        if (wanted.Prefix is { } prefix)
        {
            keys.Should().Contain(k => k.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
