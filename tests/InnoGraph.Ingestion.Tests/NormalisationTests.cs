using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Ingestion.Tests;

public sealed class NormalisationTests
{
    [Fact]
    public void traditional_characters_fold_to_simplified_and_keep_their_offsets()
    {
        var text = TextNormaliser.Normalise("近年來，紹興市創新指數");

        text.Text.Should().Be("近年来,绍兴市创新指数");
        var at = text.Text.IndexOf("绍兴市", StringComparison.Ordinal);
        text.OriginalText(at, at + 3).Should().Be("紹興市");
    }

    [Fact]
    public void the_traditional_preposition_於_folds_in_its_words_and_a_name_keeps_it()
    {
        TextNormaliser.Normalise("研究院位於青山區,成立於2024年,由於需要").Text.Should().Be("研究院位于青山区,成立于2024年,由于需要");
        TextNormaliser.Normalise("於青山先生").Text.Should().Be("於青山先生");
    }

    [Fact]
    public void full_width_letters_digits_and_signs_become_half_width()
    {
        var text = TextNormaliser.Normalise("比重达到３．６５％（Ｒ＆Ｄ）");

        text.Text.Should().Be("比重达到3.65%(R&D)");
        var at = text.Text.IndexOf("3.65", StringComparison.Ordinal);
        text.OriginalText(at, at + 4).Should().Be("３．６５");
    }

    [Fact]
    public void spaces_a_line_break_left_inside_words_and_numbers_are_dropped_and_spans_cover_them()
    {
        var text = TextNormaliser.Normalise("创新 体 系建设,比重超过3. 65%,Top 10");

        text.Text.Should().Be("创新体系建设,比重超过3.65%,Top 10");
        var at = text.Text.IndexOf("体系", StringComparison.Ordinal);
        text.ToOriginal(at, at + 2).Should().Be(new Span(3, 6));
        text.OriginalText(at, at + 2).Should().Be("体 系");
    }

    [Fact]
    public void page_numbers_at_the_start_of_lines_that_continue_a_sentence_are_dropped()
    {
        var source = SourceText.Parse("标题行。\n1、第一页的文字写到一半\n2、接着写完。然后又写到\n3、这里结束。\n");

        source.Paragraphs.Select(p => p.Text.Text).Should().Equal("标题行。", "第一页的文字写到一半", "接着写完。然后又写到", "这里结束。");
        source.Paragraphs[1].Text.OriginalText(0, 2).Should().Be("第一");
        source.Paragraphs[1].Text.ToOriginal(0, 2).Start.Should().Be(2);
    }

    [Fact]
    public void a_real_numbered_list_keeps_its_numbers()
    {
        var source = SourceText.Parse("要点如下：\n1、建设平台。\n2、培育人才。\n3、优化环境。\n");

        source.Paragraphs.Select(p => p.Text.Text).Should().Equal("要点如下:", "1、建设平台。", "2、培育人才。", "3、优化环境。");
    }

    [Fact]
    public void paragraphs_are_the_non_blank_lines_counted_from_one()
    {
        var source = SourceText.Parse("一\n\n   \n二\r\n三");

        source.Paragraphs.Select(p => (p.Number, p.Original)).Should().Equal((1, "一"), (2, "二"), (3, "三"));
    }
}
