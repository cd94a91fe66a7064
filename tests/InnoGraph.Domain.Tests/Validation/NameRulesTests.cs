using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Tests.Validation;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("嘉兴市科学技术局")]
    [InlineData("《嘉兴市科技创新“十四五”规划》")]
    [InlineData("Tsinghua University Yangtze Delta Research Institute (Zhejiang)")]
    [InlineData("A & B Lab")]
    [InlineData("😀 emoji (a surrogate pair) is text")]
    public void plain_text_names_are_accepted(string name)
    {
        NameRules.Check("name", name, out var error).Should().Be(name);
        error.Should().BeNull();
    }

    [Fact]
    public void a_name_is_given_back_trimmed() => NameRules.Check("name", "  嘉兴  ", out _).Should().Be("嘉兴");

    [Theory]
    [InlineData("a\0b", "control character U+0000")]
    [InlineData("a\tb", "control character U+0009")]
    [InlineData("a\nb", "control character U+000A")]
    [InlineData("a\u0085b", "control character U+0085")]
    [InlineData("a\u2028b", "control character U+2028")]
    [InlineData("abc\u202Egnp.exe", "bidirectional formatting character U+202E")]
    [InlineData("a\u202Ab", "bidirectional formatting character U+202A")]
    [InlineData("a\u2066b\u2069", "bidirectional formatting character U+2066")]
    [InlineData("a\u200Fb", "bidirectional formatting character U+200F")]
    [InlineData("<script>alert(1)</script>", "contains '<'")]
    [InlineData("a > b", "contains '>'")]
    [InlineData("", "must not be empty")]
    [InlineData("   ", "must not be empty")]
    public void control_bidi_and_markup_characters_are_refused_naming_the_field(string name, string reason)
    {
        NameRules.Check("aliases.name", name, out var error).Should().BeNull();
        error.Should().Contain(reason);
        if (name.Trim().Length > 0)
        {
            error.Should().StartWith("aliases.name");
        }
    }

    [Fact]
    public void an_unpaired_surrogate_is_refused()
    {
        // Built at run time: attribute strings cannot carry a lone surrogate.
        NameRules.Check("name", "a" + (char)0xD800 + "b", out var error).Should().BeNull();
        error.Should().Contain("unpaired UTF-16 surrogate (U+D800)");
    }

    [Fact]
    public void a_name_longer_than_the_limit_is_refused()
    {
        NameRules.Check("name", new string('名', NameRules.MaxLength + 1), out var error).Should().BeNull();
        error.Should().Contain($"longer than {NameRules.MaxLength}");
    }

    [Fact]
    public void echoed_input_never_carries_the_characters_it_is_refused_for() =>
        Quoted.Of("x\0\u202E\ud800" + new string('y', 100)).Should().Be("'x\\u0000\\u202E\\uD800" + new string('y', Quoted.MaxLength - 4) + "…'");
}
