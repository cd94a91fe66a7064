using System.Text.Json;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.Tests.GraphQL;

public sealed class JsonValuesTests
{
    [Theory]
    [InlineData("3000000000", 3000000000L)]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void whole_numbers_from_neo4j_are_read_as_exact_64_bit_integers(string json, long expected)
    {
        using var document = JsonDocument.Parse(json);

        JsonValues.Plain(document.RootElement).Should().BeOfType<long>().Which.Should().Be(expected);
        JsonValues.ToClr(document.RootElement, new LongGraphType()).Should().Be(expected);
    }

    [Fact]
    public void a_property_map_keeps_whole_numbers_whole_and_fractions_fractional()
    {
        using var document = JsonDocument.Parse("""{"order": 9007199254740993, "amount": 2.5}""");

        var map = JsonValues.Plain(document.RootElement).Should().BeAssignableTo<IDictionary<string, object?>>().Subject;

        map["order"].Should().Be(9007199254740993L);
        map["amount"].Should().Be(2.5);
    }
}
