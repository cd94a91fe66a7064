using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Tests.Validation;

public sealed class LocatorRulesTests
{
    private static readonly SourceFacts Document = new("d001", IsDocument: true, Paragraphs: 53);
    private static readonly SourceFacts Reference = new("ref-gbt2260", IsDocument: false, Paragraphs: null);

    [Theory]
    [InlineData("d001:p1")]
    [InlineData("d001:p53")]
    [InlineData("d001:p13#t2.1")]
    public void a_paragraph_within_the_documents_range_is_accepted(string text) => Check(text, Document).Should().BeNull();

    [Theory]
    [InlineData("d001:p0", "d001 has paragraphs p1 to p53")]
    [InlineData("d001:p54", "d001 has paragraphs p1 to p53")]
    [InlineData("d001:p99999", "d001 has paragraphs p1 to p53")]
    [InlineData("d001:p99999999999999999999999", "d001 has paragraphs p1 to p53")]
    [InlineData("d001:intro", "a document's anchor is a paragraph, pN")]
    public void a_paragraph_outside_the_documents_range_or_no_paragraph_is_refused(string text, string message) =>
        Check(text, Document).Should().Contain(message);

    [Fact]
    public void a_reference_source_takes_any_key() => Check("ref-gbt2260:330400", Reference).Should().BeNull();

    [Fact]
    public void an_unknown_source_is_named() => Check("d999:p1", null).Should().Contain("the source 'd999'");

    [Fact]
    public void a_document_without_a_paragraph_count_takes_no_paragraph() =>
        Check("d001:p1", Document with { Paragraphs = null }).Should().Contain("declares no paragraphs");

    [Theory]
    [InlineData("d001:p9\nx")]
    [InlineData("d001:p\u0663")]
    [InlineData("d001:p9\u202E")]
    public void a_locator_with_a_newline_or_another_scripts_digits_inside_is_not_a_locator(string text) =>
        Locator.TryParse(text, out _, out var error).Should().BeFalse(error);

    [Theory]
    [InlineData("d001:p9\n")]
    [InlineData(" d001:p9")]
    [InlineData("d001:p9\t")]
    public void surrounding_white_space_is_refused_like_any_other_malformed_locator(string text) =>
        Locator.TryParse(text, out _, out var error).Should().BeFalse(error);

    private static string? Check(string text, SourceFacts? source)
    {
        Locator.TryParse(text, out var locator, out var error).Should().BeTrue(error);
        return LocatorRules.Check(locator!, source);
    }
}
