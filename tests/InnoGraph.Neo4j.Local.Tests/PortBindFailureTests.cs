namespace InnoGraph.Neo4j.Local.Tests;

public sealed class PortBindFailureTests
{
    [Theory]
    // Neo4j 3.1.1 with its HTTP port taken (Jetty), then with its Bolt port taken (Netty), as its console log says.
    [InlineData("ERROR Failed to start Neo4j on 127.0.0.1:21474: Address 127.0.0.1:21474 is already in use, cannot bind to it.")]
    [InlineData("Caused by: org.neo4j.helpers.PortBindException: Address 127.0.0.1:21687 is already in use, cannot bind to it.")]
    [InlineData("Caused by: java.net.BindException: Address already in use")]
    public void a_port_in_use_is_recognised_in_neo4js_log(string line)
    {
        PortBindFailure.IsIn("INFO  Starting...\n" + line + "\nINFO  Stopped.").Should().BeTrue();
    }

    [Fact]
    public void other_start_failures_are_not_taken_for_a_port_in_use()
    {
        PortBindFailure.IsIn("org.neo4j.kernel.StoreLockException: Unable to obtain lock on store lock file").Should().BeFalse();
    }
}
