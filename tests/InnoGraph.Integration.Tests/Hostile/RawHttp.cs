using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Writes bytes to a TCP connection and reads one HTTP answer, for requests no HTTP client would send.</summary>
internal static class RawHttp
{
    public const string ClosedWithoutAnswer = "the connection closed without an answer";

    /// <summary>
    /// Sends <paramref name="raw"/> and reads the answer. Only an incomplete request ends with a
    /// half-close: Kestrel takes the end of the client's stream as the end of the connection and drops
    /// the request it was answering.
    /// </summary>
    public static async Task<HostileResponse> SendAsync(int port, byte[] raw, bool incomplete, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, cancellationToken);
        var stream = tcp.GetStream();
        var writing = WriteAsync(tcp, raw, incomplete, cancellationToken);
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Complete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException) when (received.Length > 0 || incomplete)
        {
            // reset after the answer, or instead of one to a request that never ended
        }

        await writing;
        return Parse(received.ToArray());
    }

    /// <summary>Writes while the answer is read: a server may answer and close before it has read everything.</summary>
    private static async Task WriteAsync(TcpClient tcp, byte[] raw, bool incomplete, CancellationToken cancellationToken)
    {
        try
        {
            await tcp.GetStream().WriteAsync(raw, cancellationToken);
            if (incomplete)
            {
                tcp.Client.Shutdown(SocketShutdown.Send); // nothing more will come: the server may close
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // the server closed first; its answer, if any, is read by the caller
        }
    }

    /// <summary>An ordinary request as bytes, closing the connection after it.</summary>
    public static byte[] Serialize(HostileRequest request, int port)
    {
        var head = new StringBuilder($"{request.Method} {request.PathAndQuery} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
        foreach (var (name, value) in request.Headers ?? [])
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (request.Body is not null)
        {
            if (request.ContentType is not null)
            {
                head.Append("Content-Type: ").Append(request.ContentType).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(request.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetBytes(head.Append("\r\n").ToString()), .. request.Body ?? []];
    }

    private static bool Complete(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var head = text[..end];
        var length = Header(head, "Content-Length");
        if (length is not null)
        {
            return bytes.Length >= end + 4 + int.Parse(length, CultureInfo.InvariantCulture);
        }

        return Header(head, "Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)
            : false;
    }

    private static HostileResponse Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        if (!text.StartsWith("HTTP/1.", StringComparison.Ordinal) || text.Length < 12
            || !int.TryParse(text.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return new HostileResponse(null, text, bytes.Length == 0 ? ClosedWithoutAnswer : $"not an HTTP answer: {Expect.Shorten(text, 100)}");
        }

        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = end < 0 ? [] : bytes.AsSpan(end + 4).ToArray();
        if (end >= 0 && Header(text[..end], "Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new HostileResponse(status, Encoding.UTF8.GetString(body));
    }

    private static string? Header(string head, string name) => head.Split("\r\n")
        .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(line => line[(name.Length + 1)..].Trim())
        .FirstOrDefault();

    private static byte[] Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0 || !int.TryParse(Encoding.ASCII.GetString(body, position, lineEnd - position).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            output.Write(body, lineEnd + 1, Math.Min(size, body.Length - lineEnd - 1));
            position = lineEnd + 1 + size + 2;
        }

        return output.ToArray();
    }
}
