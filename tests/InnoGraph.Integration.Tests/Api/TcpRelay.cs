using System.Net;
using System.Net.Sockets;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// A loopback TCP relay in front of Neo4j: stopping it makes Neo4j unreachable for whoever uses
/// the relay's address, without stopping the Neo4j other tests share.
/// </summary>
/// <remarks>
/// The relay keeps its port bound from construction to disposal and, while stopped, resets every connection at
/// once. Closing and binding the port again would leave it free in between, and an ephemeral port is handed out
/// to other programs' outgoing connections at any moment.
/// </remarks>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _disposed = new();
    private readonly List<TcpClient> _connections = [];
    private volatile bool _relaying;

    public TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_disposed.Token);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}/");

    /// <summary>Relays connections from now on.</summary>
    public void Start() => _relaying = true;

    /// <summary>Drops the open connections and resets new ones until <see cref="Start"/>.</summary>
    public void Stop()
    {
        _relaying = false;
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                Reset(connection);
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _disposed.Cancel();
        _listener.Dispose();
        _disposed.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Reset(TcpClient connection)
    {
        try
        {
            // Linger 0 makes the close a reset, as a refused connection would be, rather than an orderly end of stream.
            connection.Client.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        connection.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_relaying)
            {
                _ = RelayAsync(inbound, cancellationToken);
            }
            else
            {
                Reset(inbound);
            }
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
