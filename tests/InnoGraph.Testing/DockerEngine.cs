using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InnoGraph.Testing;

/// <summary>Whether a Docker engine answers on this machine (its socket, or DOCKER_HOST over TCP), asked with a short timeout.</summary>
public static class DockerEngine
{
    public static async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("INNOGRAPH_TEST_NO_DOCKER") is "1")
        {
            return false;
        }

        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        EndPoint endpoint;
        if (host is { Length: > 0 } && host.StartsWith("tcp://", StringComparison.Ordinal) && Uri.TryCreate(host, UriKind.Absolute, out var tcp))
        {
            endpoint = new DnsEndPoint(tcp.Host, tcp.Port);
        }
        else
        {
            var path = host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
            if (!File.Exists(path))
            {
                return false;
            }

            endpoint = new UnixDomainSocketEndPoint(path);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, endpoint is UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp);
            await socket.ConnectAsync(endpoint, timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\n\r\n"), timeout.Token);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
