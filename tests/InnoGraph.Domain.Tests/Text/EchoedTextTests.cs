using InnoGraph.Domain.Text;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Tests.Text;

public sealed class EchoedTextTests
{
    [Theory]
    [InlineData("a\r\nb", "a??b")]
    [InlineData("a\u202Eb\u2066c", "a?b?c")]
    [InlineData("a\u200Bb\uFEFFc", "a?b?c")]
    [InlineData("a\u2028b\u2029c", "a?b?c")]
    [InlineData("嘉兴 Jiaxing", "嘉兴 Jiaxing")]
    public void characters_that_forge_lines_or_reorder_text_are_replaced(string text, string expected) =>
        EchoedText.Of(text, 100, _ => "?").Should().Be(expected);

    [Fact]
    public void a_surrogate_pair_is_kept_and_an_unpaired_surrogate_is_replaced()
    {
        // Built at run time: attribute strings cannot carry a lone surrogate.
        var text = "𠮷" + (char)0xD800 + "x" + (char)0xDC00;

        EchoedText.Of(text, 100, EchoedText.Escape).Should().Be("𠮷\\uD800x\\uDC00");
    }

    [Fact]
    public void long_text_is_cut_and_marked() => EchoedText.Of(new string('x', 10), 4, _ => "?").Should().Be("xxxx…");

    [Fact]
    public void a_message_and_a_log_line_replace_the_same_characters()
    {
        var text = "a\u0000b\u202Ec\u200Bd\u2028e";

        Quoted.Of(text).Should().Be("'a\\u0000b\\u202Ec\\u200Bd\\u2028e'");
        EchoedText.Of(text, Quoted.MaxLength, _ => "?").Should().Be("a?b?c?d?e");
    }

    [Fact]
    public void text_is_well_formed_when_every_surrogate_is_paired()
    {
        Utf16.IsWellFormed("𠮷嘉兴").Should().BeTrue();
        Utf16.IsWellFormed("a" + (char)0xD800).Should().BeFalse();
        Utf16.IsWellFormed((char)0xDC00 + "a").Should().BeFalse();
    }
}
