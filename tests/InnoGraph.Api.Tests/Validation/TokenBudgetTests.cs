using InnoGraph.Api.Validation;

namespace InnoGraph.Api.Tests.Validation;

public sealed class TokenBudgetTests
{
    [Fact]
    public void a_document_within_the_budget_passes()
    {
        var check = () => TokenBudget.Check("{ catalogue { kinds { name } } }", 9, CancellationToken.None);

        check.Should().NotThrow();
    }

    [Fact]
    public void a_document_past_the_budget_is_query_too_large()
    {
        var check = () => TokenBudget.Check("{ catalogue { kinds { name } } }", 8, CancellationToken.None);

        check.Should().Throw<QueryRefused>().Which.Code.Should().Be("QUERY_TOO_LARGE");
    }

    [Fact]
    public void a_lexical_error_is_left_to_the_parser()
    {
        var check = () => TokenBudget.Check("{ catalogue \u0007 }", 100, CancellationToken.None);

        check.Should().NotThrow();
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("a\\ud83d")]
    public void a_string_escape_decoding_to_an_unpaired_surrogate_is_bad_request(string escape)
    {
        var check = () => TokenBudget.Check($$"""{ search(text: "{{escape}}") { id } }""", 100, CancellationToken.None);

        check.Should().Throw<QueryRefused>().Which.Code.Should().Be("BAD_REQUEST");
    }

    [Fact]
    public void a_paired_surrogate_escape_is_fine()
    {
        var check = () => TokenBudget.Check("""{ search(text: "\ud83d\ude00") { id } }""", 100, CancellationToken.None);

        check.Should().NotThrow();
    }
}
