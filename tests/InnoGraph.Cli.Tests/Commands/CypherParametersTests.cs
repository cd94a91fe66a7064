using System.Text.Json;
using InnoGraph.Cli.Commands;
using InnoGraph.Cli.Infrastructure;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary><c>--param name=value</c>: the value is JSON when it parses, else text.</summary>
public sealed class CypherParametersTests
{
    [Fact]
    public void json_values_keep_their_type()
    {
        var parameters = CypherCommand.ParseParameters(["year=2022", "ratio=3.1", "open=true", "ids=[1,2]", "quoted=\"42\"", "none=null"]);

        Json(parameters["year"]).GetInt32().Should().Be(2022);
        Json(parameters["ratio"]).GetDouble().Should().Be(3.1);
        Json(parameters["open"]).ValueKind.Should().Be(JsonValueKind.True);
        Json(parameters["ids"]).EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 2);
        Json(parameters["quoted"]).GetString().Should().Be("42", "a JSON string stays text even when it looks like a number");
        Json(parameters["none"]).ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void anything_that_is_not_json_is_text_taken_as_it_is()
    {
        var parameters = CypherCommand.ParseParameters(["id=region.jiaxing", "name=嘉兴市", "empty=", "spaced= a b "]);

        parameters["id"].Should().Be("region.jiaxing");
        parameters["name"].Should().Be("嘉兴市");
        parameters["empty"].Should().Be("");
        parameters["spaced"].Should().Be(" a b ");
    }

    [Fact]
    public void the_name_ends_at_the_first_equals_sign()
    {
        var parameters = CypherCommand.ParseParameters(["where=a=b"]);

        parameters.Should().ContainKey("where").WhoseValue.Should().Be("a=b");
    }

    [Fact]
    public void names_are_case_sensitive_and_a_repeated_name_keeps_the_last_value()
    {
        var parameters = CypherCommand.ParseParameters(["id=first", "Id=other", "id=second"]);

        parameters.Should().HaveCount(2);
        parameters["id"].Should().Be("second");
        parameters["Id"].Should().Be("other");
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=42")]
    [InlineData("")]
    public void a_pair_without_a_name_is_wrong_usage_that_quotes_it(string pair)
    {
        var parse = () => CypherCommand.ParseParameters(["ok=1", pair]);

        var refusal = parse.Should().Throw<CliException>().Which;
        refusal.ExitCode.Should().Be(ExitCodes.Usage);
        refusal.Message.Should().Be($"--param '{pair}' is not name=value.");
    }

    private static JsonElement Json(object? value) => value.Should().BeOfType<JsonElement>().Subject;
}
