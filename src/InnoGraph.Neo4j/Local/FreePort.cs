using System.Net;
using System.Net.Sockets;

namespace InnoGraph.Neo4j.Local;

/// <summary>Chooses ports on 127.0.0.1 and checks that requested ones are free.</summary>
internal static class FreePort
{
    /// <summary>Returns the requested ports, replacing each 0 by a distinct free port.</summary>
    public static (int Http, int Bolt) Choose(int requestedHttp, int requestedBolt)
    {
        if (requestedHttp != 0 && requestedHttp == requestedBolt)
        {
            throw new LocalNeo4jException($"The HTTP and Bolt ports must differ, but both are {requestedHttp}. Choose two ports, or 0 for free ones.");
        }

        // Both listeners stay open until both ports are known so that the two free ports differ.
        using var http = Bind(requestedHttp);
        using var bolt = Bind(requestedBolt);
        return (((IPEndPoint)http.LocalEndpoint).Port, ((IPEndPoint)bolt.LocalEndpoint).Port);
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = Bind(port);
            return true;
        }
        catch (LocalNeo4jException)
        {
            return false;
        }
    }

    private static DisposableListener Bind(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            listener.Dispose();
            throw new LocalNeo4jException(
                $"Port {port} on 127.0.0.1 is already in use. Stop what listens there, choose another port, or pass 0 to use a free one.", e);
        }

        return new DisposableListener(listener);
    }

    private sealed class DisposableListener(TcpListener listener) : IDisposable
    {
        public EndPoint LocalEndpoint => listener.LocalEndpoint;

        public void Dispose() => listener.Dispose();
    }
}
