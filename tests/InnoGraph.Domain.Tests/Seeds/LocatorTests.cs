using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class LocatorTests
{
    [Theory]
    [InlineData("d004:p13", "d004", 13)]
    [InlineData("d004:p13#t2.1", "d004", 13)]
    [InlineData("ref-gbt2260:330400", "ref-gbt2260", null)]
    public void locators_parse_into_source_and_paragraph(string text, string source, int? paragraph)
    {
        Locator.TryParse(text, out var locator, out _).Should().BeTrue();
        locator!.Source.Should().Be(source);
        locator.Paragraph.Should().Be(paragraph);
        locator.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("d004")]
    [InlineData("d004:")]
    [InlineData("D004:p1")]
    [InlineData("d004:p1 ; DROP")]
    public void malformed_locators_are_refused_with_the_expected_form(string text)
    {
        Locator.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain("SOURCE:pN");
    }
}
