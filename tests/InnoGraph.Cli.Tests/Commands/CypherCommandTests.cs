using InnoGraph.Cli.Tests.Support;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary>What <c>innograph cypher</c> refuses before it connects; queries against a real Neo4j are in the integration tests.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class CypherCommandTests
{
    [Fact]
    public async Task a_parameter_that_is_not_name_equals_value_is_wrong_usage_before_any_neo4j_is_looked_for()
    {
        var outcome = await InProcessCli.RunAsync("cypher", "MATCH (e:Entity {id: $id}) RETURN e", "--param", "region.jiaxing");

        outcome.ExitCode.Should().Be(2, "with no Neo4j anywhere, looking for one would have answered 4");
        outcome.Stderr.Should().Be("error: --param 'region.jiaxing' is not name=value." + Environment.NewLine);
    }
}
