using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Cli;

[Collection(SeededGraphCollection.Name)]
public sealed class CypherCommandTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task a_read_query_with_parameters_prints_json_rows()
    {
        var outcome = await CliProcess.RunAsync(graph.Neo4j.Options, "cypher", "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.kind AS kind", "--param", "id=region.jiaxing", "--json");

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        outcome.Stdout.Should().Contain("\"name\": \"\\u5609\\u5174\\u5E02\"").And.Contain("\"kind\": \"Region\"");
    }

    [Fact]
    public async Task a_query_that_writes_is_refused_and_rolled_back_unless_write_is_given()
    {
        const string create = "CREATE (n:CliWriteProbe {id: $id}) RETURN n.id AS id";

        var refused = await CliProcess.RunAsync(graph.Neo4j.Options, "cypher", create, "--param", "id=probe-1");
        var afterRefusal = await CountProbesAsync();
        var allowed = await CliProcess.RunAsync(graph.Neo4j.Options, "cypher", create, "--param", "id=probe-1", "--write");
        var afterWrite = await CountProbesAsync();
        await graph.Cypher.RunAsync(new CypherStatement("MATCH (n:CliWriteProbe) DELETE n"), WorkKind.RetrySafe, CancellationToken.None);

        refused.ExitCode.Should().Be(6);
        refused.Stderr.Should().Contain("--write");
        afterRefusal.Should().Be(0);
        allowed.ExitCode.Should().Be(0, allowed.Stderr);
        afterWrite.Should().Be(1);
    }

    [Fact]
    public async Task a_syntax_error_is_reported_with_neo4js_code_on_stderr_and_exit_code_5()
    {
        var outcome = await CliProcess.RunAsync(graph.Neo4j.Options, "cypher", "MATCH (n RETURN n");

        outcome.ExitCode.Should().Be(5);
        outcome.Stderr.Should().Contain("Neo.ClientError.Statement.SyntaxError");
    }

    [Fact]
    public async Task a_bolt_uri_is_refused_with_a_message_asking_for_the_http_port()
    {
        var outcome = await CliProcess.RunAsync(new() { Uri = "bolt://localhost:7687" }, "stats");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().Contain("HTTP").And.Contain("7474");
    }

    private async Task<long> CountProbesAsync() =>
        (await graph.Cypher.RunAsync(new CypherStatement("MATCH (n:CliWriteProbe) RETURN count(n)"), WorkKind.RetrySafe, CancellationToken.None)).Scalars<long>()[0];
}
