using System.Net;
using System.Net.Sockets;

namespace InnoGraph.Neo4j.Local.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void zero_ports_become_two_different_ports_held_by_the_reservation_until_released()
    {
        using var ports = FreePort.Reserve(0, 0);

        ports.Http.Should().NotBe(ports.Bolt);
        ports.Http.Should().BeGreaterThan(0);
        (ports.HttpChosen && ports.BoltChosen).Should().BeTrue();
        CanBind(ports.Http).Should().BeFalse("the reservation holds the port, so nobody can take it");
        CanBind(ports.Bolt).Should().BeFalse();

        ports.ReleaseSockets();

        // Outside the ephemeral range and locked against other launchers, nothing in the run can take them meanwhile.
        CanBind(ports.Http).Should().BeTrue("released for Neo4j to bind");
        CanBind(ports.Bolt).Should().BeTrue();
    }

    [Fact]
    public void chosen_ports_lie_below_the_ephemeral_range_that_outgoing_connections_use()
    {
        var range = FreePort.ChoiceRange();
        range.Should().NotBeNull("Linux's ephemeral range starts at 32768 unless configured otherwise");
        var (low, high) = range!.Value;
        var ephemeralLow = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        using var ports = FreePort.Reserve(0, 0);

        high.Should().BeLessThan(ephemeralLow);
        ports.Http.Should().BeInRange(low, high);
        ports.Bolt.Should().BeInRange(low, high);
    }

    [Fact]
    public void a_port_another_start_holds_is_skipped_even_after_its_sockets_are_released()
    {
        var (low, high) = FreePort.ChoiceRange()!.Value;
        using var first = FreePort.Reserve(0, 0);
        first.ReleaseSockets();

        using var second = FreePort.Reserve(0, 0, [first.Http, first.Bolt, .. Enumerable.Range(low, high - low + 1)]);

        second.Http.Should().NotBe(first.Http).And.NotBe(first.Bolt);
        second.Bolt.Should().NotBe(first.Http).And.NotBe(first.Bolt);
    }

    [Fact]
    public void a_busy_candidate_is_skipped_for_the_next_one()
    {
        var (low, high) = FreePort.ChoiceRange()!.Value;
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var busy = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var ports = FreePort.Reserve(0, 0, [busy, .. Enumerable.Range(low, high - low + 1)]);

        ports.Http.Should().NotBe(busy);
        ports.Http.Should().BeInRange(low, high);
    }

    [Fact]
    public void a_requested_port_that_is_taken_is_refused_with_the_port_in_the_message()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var reserve = () => FreePort.Reserve(port, 0);

        reserve.Should().Throw<LocalNeo4jException>().WithMessage($"*Port {port} on 127.0.0.1 is already in use*");
        CanBind(port).Should().BeFalse();
    }

    [Fact]
    public void a_requested_port_is_held_and_not_counted_as_chosen()
    {
        int requested;
        using (var probe = FreePort.Reserve(0, 0))
        {
            requested = probe.Http;
        }

        using var ports = FreePort.Reserve(requested, 0);

        ports.Http.Should().Be(requested);
        ports.HttpChosen.Should().BeFalse("a port the user asked for is not replaced by another when Neo4j cannot bind it");
        ports.BoltChosen.Should().BeTrue();
        CanBind(requested).Should().BeFalse();
    }

    [Fact]
    public void the_same_port_for_http_and_bolt_is_refused()
    {
        var reserve = () => FreePort.Reserve(17474, 17474);

        reserve.Should().Throw<LocalNeo4jException>().WithMessage("*must differ*");
    }

    private static bool CanBind(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
