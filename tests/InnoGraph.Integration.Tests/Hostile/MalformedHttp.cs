using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// HTTP that is wrong: content types, methods, bodies that are missing, not JSON or not an object,
/// GET mutations, odd paths and headers; and, over a bare TCP connection, request lines, headers
/// and chunked bodies that no client library would produce.
/// </summary>
internal static class MalformedHttp
{
    public const string Family = "malformed-http";

    private const string Query = "{\"query\":\"{ catalogue { kinds { name } } }\"}";

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context, int port)
    {
        var cases = new FamilyCases(Family, seed);
        var body = Encoding.UTF8.GetBytes(Query);
        var accept = GraphQLRequests.Headers(null);
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "a/b/c", "", ";", "application/json; charset=latin1", "application/json; charset=\"", "application/json, text/plain", "*/*", "application/jsonx", "json" })
        {
            cases.Add($"Content-Type '{type}'", new HostileRequest("POST", "/graphql", body, type, accept));
        }

        cases.Add("a form post of a write", new HostileRequest("POST", "/graphql", Encoding.UTF8.GetBytes("query=mutation%7BremoveRelation(id%3A%22x%22)%7D"), "application/x-www-form-urlencoded", GraphQLRequests.Headers(context.Key)), Expect.Refused());
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "PROPFIND", "get" })
        {
            cases.Add($"method {method}", new HostileRequest(method, "/graphql", method is "HEAD" or "TRACE" or "get" ? null : body, "application/json", accept));
        }

        foreach (var json in new[] { "", " ", "{", "{\"query\":", "nul", "{'query': '{ catalogue { kinds { name } } }'}", Query + " xyz", Query + Query, "{\"query\":\"a\",\"query\":\"{ catalogue { kinds { name } } }\"}",
            "/* c */" + Query, "\"{ catalogue { kinds { name } } }\"", "1", "null", "true", "[]", "{}", "{\"query\":5}", "{\"query\":{\"a\":1}}", "{\"query\":[\"{ catalogue { kinds { name } } }\"]}", "{\"query\":null}",
            "{\"query\":\"{ catalogue { kinds { name } } }\",\"operationName\":5}", "{\"query\":\"{ catalogue { kinds { name } } }\",\"extensions\":\"x\"}", "{\"Query\":\"{ catalogue { kinds { name } } }\"}", "\u0000\u0000", "{\"query\":\"\"}", "{\"query\":\"   \"}", "{\"query\":\"#\"}" })
        {
            var valid = json.StartsWith("{\"query\":\"a\",\"query\"", StringComparison.Ordinal);
            cases.Add($"body '{Expect.Shorten(json, 40)}'", new HostileRequest("POST", "/graphql", Encoding.UTF8.GetBytes(json), "application/json", accept), valid ? null : Expect.Refused());
        }

        cases.Add("no body", new HostileRequest("POST", "/graphql", null, null, accept), Expect.Refused());
        cases.Add("no body but a JSON content type", new HostileRequest("POST", "/graphql", [], "application/json", accept), Expect.Refused());
        const string Write = "mutation%20%7B%20upsertEntity(input%3A%20%7B%20id%3A%20%22inst.hostile-get%22%2C%20kind%3A%20%22Institute%22%2C%20name%3A%20%22GET%E6%B5%8B%E8%AF%95%E9%99%A2%22%2C%20sources%3A%20%5B%22d001%3Ap9%22%5D%20%7D)%20%7B%20id%20%7D%20%7D";
        cases.Add("a GET mutation", new HostileRequest("GET", $"/graphql?query={Write}", null, null, accept), Expect.Refused(405));
        cases.Add("a GET mutation with a key", new HostileRequest("GET", $"/graphql?query={Write}", null, null, GraphQLRequests.Headers(context.Key)), Expect.Refused(405));
        cases.Add("a GET mutation chosen by operationName", new HostileRequest("GET", $"/graphql?query=query%20A%20%7B%20__typename%20%7D%20{Write.Replace("mutation", "mutation%20B", StringComparison.Ordinal)}&operationName=B", null, null, GraphQLRequests.Headers(context.Key)), Expect.Refused(405));
        foreach (var query in new[] { "", "?", "?query=", "?query", "?query=%7B&query=%7B", "?variables=%7B", "?query=%7B%20catalogue%20%7B%20kinds%20%7B%20name%20%7D%20%7D%20%7D&variables=%7B", "?query=%7B%20catalogue%20%7B%20kinds%20%7B%20name%20%7D%20%7D%20%7D&variables=5", "?query=%7B%20catalogue%20%7B%20kinds%20%7B%20name%20%7D%20%7D%20%7D&extensions=%5B", "?query=%" })
        {
            cases.Add($"GET /graphql{query}", new HostileRequest("GET", "/graphql" + query, null, null, accept));
        }

        foreach (var path in new[] { "/graphql/", "/GRAPHQL", "/graphql%00", "/graphql/../graphql", "/%2e%2e/%2e%2e/etc/passwd", "/graphql;x", "/graphql.json", "/metrics?x=%FF", "/readyz?%", "/healthz/x", "/" + new string('a', 8000) })
        {
            cases.Add($"POST {Expect.Shorten(path, 40)}", new HostileRequest("POST", path, body, "application/json", accept));
        }

        foreach (var (name, value) in new[] { ("Accept", "text/html"), ("Accept", "*/*;q=abc"), ("Accept", "application/graphql-response+json;q=0"), ("Accept", new string('a', 10_000)), ("Accept-Charset", "utf-7"), ("Content-Encoding", "gzip"), ("Content-Encoding", "br, gzip, deflate"), ("Expect", "100-continue"), ("Expect", "999-nope"), ("X-Forwarded-For", "' OR 1=1"), ("Origin", "http://evil.example"), ("Cookie", string.Join("; ", Enumerable.Range(0, 500).Select(i => $"c{i}=v"))), ("X-Long", new string('x', 30_000)), ("Range", "bytes=0-1"), ("Transfer-Encoding", "identity") })
        {
            cases.Add($"header {name}: {Expect.Shorten(value, 30)}", new HostileRequest("POST", "/graphql", body, "application/json", [.. accept.Where(h => h.Key != name), new(name, value)]));
        }

        cases.Add("500 headers", new HostileRequest("POST", "/graphql", body, "application/json", [.. accept, .. Enumerable.Range(0, 500).Select(i => new KeyValuePair<string, string>($"X-H{i}", "v"))]));
        AddRaw(cases, port);
        return cases.Cases;
    }

    private static void AddRaw(FamilyCases cases, int port)
    {
        var host = $"Host: 127.0.0.1:{port}\r\n";
        var post = $"POST /graphql HTTP/1.1\r\n{host}Accept: {HostileRequest.GraphQLAccept}\r\nContent-Type: application/json\r\n";
        void Raw(string description, string text, bool incomplete = false) =>
            cases.Add(description, new HostileRequest("RAW", "/graphql", Raw: Encoding.Latin1.GetBytes(text), MayCloseSilently: incomplete));

        Raw("chunked garbage", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + Query + "\r\n0\r\n\r\n");
        Raw("a chunk longer than it says", post + "Transfer-Encoding: chunked\r\n\r\n2\r\n" + Query + "\r\n0\r\n\r\n");
        Raw("a chunk size of 2^64", post + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n" + Query + "\r\n0\r\n\r\n");
        Raw("a chunked body without its end", post + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"que", incomplete: true);
        Raw("chunk extensions", post + "Transfer-Encoding: chunked\r\n\r\n" + Query.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ";" + new string('x', 5000) + "\r\n" + Query + "\r\n0\r\n\r\n");
        Raw("both Content-Length and chunked", post + $"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /metrics HTTP/1.1\r\n{host}\r\n");
        Raw("two Content-Lengths", post + $"Content-Length: {Query.Length}\r\nContent-Length: 5\r\n\r\n" + Query);
        Raw("a negative Content-Length", post + "Content-Length: -1\r\n\r\n" + Query);
        Raw("a Content-Length of 10^20", post + "Content-Length: 100000000000000000000\r\n\r\n" + Query, incomplete: true);
        Raw("a Content-Length larger than the body", post + $"Content-Length: {Query.Length + 100}\r\n\r\n" + Query, incomplete: true);
        Raw("a Content-Length smaller than the body", post + $"Content-Length: 10\r\n\r\n" + Query);
        Raw("a header without a colon", post + "NoColonHere\r\n" + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("a folded header", post + "X-Folded: a\r\n b\r\n" + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("a NUL in a header", post + "X-Nul: a\0b\r\n" + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("a space before the colon", post + "X-Api-Key : x\r\n" + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("a header of 100 KB", post + "X-Big: " + new string('x', 100_000) + $"\r\nContent-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("2,000 headers", post + string.Concat(Enumerable.Range(0, 2000).Select(i => $"X-{i}: v\r\n")) + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("no Host", $"POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("two Hosts", post + host + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("only a method", "GET\r\n\r\n");
        Raw("not HTTP", "HELLO THERE\r\n\r\n");
        Raw("an HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", incomplete: true);
        Raw("HTTP/0.9", "GET /graphql\r\n", incomplete: true);
        Raw("HTTP/9.9", $"GET /healthz HTTP/9.9\r\n{host}\r\n");
        Raw("spaces in the target", $"GET /graphql?query={{ catalogue }} HTTP/1.1\r\n{host}\r\n");
        Raw("an absolute target", $"GET http://evil.example/graphql?query=%7B__typename%7D HTTP/1.1\r\n{host}\r\n");
        Raw("an asterisk target", $"OPTIONS * HTTP/1.1\r\n{host}\r\n");
        Raw("CONNECT", $"CONNECT 127.0.0.1:7474 HTTP/1.1\r\n{host}\r\n");
        Raw("a TLS hello", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", incomplete: true);
        Raw("only line ends", "\r\n\r\n\r\n\r\n", incomplete: true);
        Raw("an unfinished request line", "POST /graph", incomplete: true);
        Raw("unfinished headers", post + "X-Half: ", incomplete: true);
        Raw("a bare LF request", $"GET /healthz HTTP/1.1\nHost: 127.0.0.1:{port}\n\n");
        Raw("a target of 100 KB", $"GET /graphql?query={new string('a', 100_000)} HTTP/1.1\r\n{host}\r\n");
        Raw("control characters in the target", $"GET /graphql?\u0001\u007f HTTP/1.1\r\n{host}\r\n");
        Raw("pipelined requests", post + $"Content-Length: {Query.Length}\r\n\r\n" + Query + post + $"Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("a GET with a body", $"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\n{host}Content-Length: {Query.Length}\r\n\r\n" + Query);
        Raw("Expect: 100-continue without a body", post + "Expect: 100-continue\r\nContent-Length: 50\r\n\r\n", incomplete: true);
    }
}
