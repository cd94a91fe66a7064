using System.Globalization;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Reserves the ports of a server on 127.0.0.1 by binding them (see <see cref="PortReservation"/>).
/// </summary>
/// <remarks>
/// A port that is 0 is chosen at random from just below the kernel's ephemeral range, not with <c>bind(0)</c>:
/// ephemeral ports are also handed out as the local ports of outgoing connections and to every other
/// <c>bind(0)</c> on the machine, so one of them could take a chosen port in the seconds between its release and
/// Neo4j binding it. Below that range only programs that ask for a fixed port can, and launchers in other processes
/// skip ports that another launcher holds (see <see cref="PortLocks"/>). What remains is caught from Neo4j's log and
/// the start is retried on new ports.
/// </remarks>
internal static class FreePort
{
    private const int RangeSize = 12000;
    private const int MaxCandidates = 500;

    /// <summary>Reserves the requested ports, replacing each 0 by a distinct chosen one.</summary>
    /// <exception cref="LocalNeo4jException">The ports are the same, or a requested one is in use.</exception>
    public static PortReservation Reserve(int requestedHttp, int requestedBolt) =>
        Reserve(requestedHttp, requestedBolt, RandomCandidates());

    /// <summary>As <see cref="Reserve(int, int)"/>, choosing among <paramref name="candidates"/> in order (for tests).</summary>
    internal static PortReservation Reserve(int requestedHttp, int requestedBolt, IEnumerable<int> candidates)
    {
        if (requestedHttp != 0 && requestedHttp == requestedBolt)
        {
            throw new LocalNeo4jException($"The HTTP and Bolt ports must differ, but both are {requestedHttp}. Choose two ports, or 0 for free ones.");
        }

        var reservation = new PortReservation();
        try
        {
            using var candidate = candidates.Take(MaxCandidates).GetEnumerator();
            reservation.Http = requestedHttp == 0 ? reservation.Choose(candidate) : reservation.Hold(requestedHttp);
            reservation.Bolt = requestedBolt == 0 ? reservation.Choose(candidate) : reservation.Hold(requestedBolt);
            reservation.HttpChosen = requestedHttp == 0;
            reservation.BoltChosen = requestedBolt == 0;
            return reservation;
        }
        catch
        {
            reservation.Dispose();
            throw;
        }
    }

    /// <summary>The ports chosen from: the 12000 below the ephemeral range, or none when that range starts too low.</summary>
    public static (int Low, int High)? ChoiceRange()
    {
        var ephemeralLow = EphemeralRangeStart();
        return ephemeralLow - RangeSize >= 1024 ? (ephemeralLow - RangeSize, ephemeralLow - 1) : null;
    }

    private static IEnumerable<int> RandomCandidates()
    {
        if (ChoiceRange() is not var (low, high))
        {
            yield break;
        }

        while (true)
        {
            yield return Random.Shared.Next(low, high + 1);
        }
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // Linux's default.
            return 32768;
        }
    }
}
