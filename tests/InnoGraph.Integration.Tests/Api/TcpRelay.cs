using System.Net;
using System.Net.Sockets;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// A loopback TCP relay in front of Neo4j: stopping it makes Neo4j unreachable for whoever uses
/// the relay's address, without stopping the Neo4j other tests share.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ReservedPort _port = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _running;
    private readonly List<TcpClient> _connections = [];
    private int _accepted;

    public TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
    }

    /// <summary>
    /// The relay's port. While the relay is stopped nothing listens there, so connections are refused as by a Neo4j
    /// that is down; the port is reserved for the relay's lifetime, so that nobody takes it in between.
    /// </summary>
    public int Port => _port.Port;

    public Uri Uri => new($"http://127.0.0.1:{Port}/");

    /// <summary>Connections the relay has accepted since it was created: what a client opened to reach Neo4j.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public void Start()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _running.Token);
    }

    public void Stop()
    {
        _running?.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _port.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            _ = RelayAsync(inbound, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (_connections)
        {
            _connections.Add(inbound);
            _connections.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, cancellationToken);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, cancellationToken), b.CopyToAsync(a, cancellationToken));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // A relay that stops drops its connections; the API sees Neo4j vanish.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
