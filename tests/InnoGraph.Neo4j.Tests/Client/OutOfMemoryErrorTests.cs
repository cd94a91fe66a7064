using System.Net;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Tests.Client;

/// <summary>The shapes in which Neo4j reports an out-of-memory, as a protocol-level check; the real one is in the launcher's RestartTests (tests/InnoGraph.Neo4j.Local.Tests).</summary>
public sealed class OutOfMemoryErrorTests
{
    private static readonly CypherStatement Statement = new("RETURN 1");

    [Theory]
    // Neo4j 3.1.1, as it answers a query that exhausts the heap.
    [InlineData("""{"results":[],"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"Java heap space","stackTrace":"java.lang.OutOfMemoryError: Java heap space\n"}]}""", HttpStatusCode.OK)]
    [InlineData("""{"results":[],"errors":[{"code":"Neo.TransientError.General.OutOfMemoryError","message":"There is not enough memory to perform the current task."}]}""", HttpStatusCode.OK)]
    [InlineData("""{"errors":[{"message":"java.lang.OutOfMemoryError: GC overhead limit exceeded"}]}""", HttpStatusCode.InternalServerError)]
    public async Task each_shape_becomes_the_out_of_memory_exception(string body, HttpStatusCode status)
    {
        var script = ScriptedNeo4j.Version3().Then(body, status);
        using var client = ClientFactory.Over(script, maxRetries: 0);

        var run = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        (await run.Should().ThrowAsync<Neo4jOutOfMemoryException>()).Which.Message.Should().Contain("INNOGRAPH_NEO4J_HEAP");
        script.Requests.Should().HaveCount(3, "an out-of-memory fails again when sent again, so it is not retried");
    }

    [Fact]
    public async Task a_500_without_such_a_body_stays_unavailable()
    {
        var script = ScriptedNeo4j.Version3().Then("""{"errors":[]}""", HttpStatusCode.InternalServerError);
        using var client = ClientFactory.Over(script, maxRetries: 0);

        var run = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        await run.Should().ThrowAsync<Neo4jUnavailableException>();
    }
}
