using System.Net;
using System.Net.Sockets;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Neo4j.Tests.Local;

public sealed class FreePortTests
{
    [Fact]
    public void zero_ports_become_two_different_ports_that_can_be_bound()
    {
        var (http, bolt) = FreePort.Choose(0, 0);

        http.Should().NotBe(bolt);
        http.Should().BeGreaterThan(0);
        FreePort.IsFree(http).Should().BeTrue();
        FreePort.IsFree(bolt).Should().BeTrue();
    }

    [Fact]
    public void a_requested_port_that_is_taken_is_refused_with_the_port_in_the_message()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var choose = () => FreePort.Choose(port, 0);

        choose.Should().Throw<LocalNeo4jException>().WithMessage($"*Port {port} on 127.0.0.1 is already in use*");
        FreePort.IsFree(port).Should().BeFalse();
    }

    [Fact]
    public void the_same_port_for_http_and_bolt_is_refused()
    {
        var choose = () => FreePort.Choose(17474, 17474);

        choose.Should().Throw<LocalNeo4jException>().WithMessage("*must differ*");
    }
}
