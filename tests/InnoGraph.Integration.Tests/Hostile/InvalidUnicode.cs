using System.Globalization;
using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Text that is not Unicode: unpaired UTF-16 surrogates escaped in the JSON (in the document,
/// variables, operation name, cursors), escaped in GraphQL strings, and bytes that are not UTF-8 in
/// the body and in GET query strings. Each is a 400 BAD_REQUEST with a message, never a 500.
/// </summary>
internal static class InvalidUnicode
{
    public const string Family = "invalid-unicode";

    private static readonly byte[][] BadBytes =
    [
        [0xff], [0xfe, 0xff], [0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xe4, 0xb8], [0xf8, 0x88, 0x80, 0x80, 0x80],
        [0xf4, 0x90, 0x80, 0x80], [0x80], [0xbf, 0x80], [0xe0, 0x80, 0xaf], [0xf0, 0x9f, 0x98],
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context, int port)
    {
        var cases = new FamilyCases(Family, seed);
        var random = cases.Random;
        var surrogates = new List<string> { "\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "a\\ud800b", "\\ud800\\ud800" };
        surrogates.AddRange(Enumerable.Range(0, 5).Select(_ => $"\\u{random.Next(0xd800, 0xe000):x4}"));
        var badRequest = Expect.BadRequest("BAD_REQUEST");
        foreach (var s in surrogates)
        {
            cases.Add($"{s} in a string of the document", GraphQLRequests.RawJson($$$"""{"query":"{ search(text: \"x{{{s}}}\") { id } }"}"""), badRequest);
            cases.Add($"{s} in a variable", GraphQLRequests.RawJson($$$"""{"query":"query($v: String!) { search(text: $v) { id } }","variables":{"v":"{{{s}}}"}}"""), badRequest);
            cases.Add($"{s} in a variable's name", GraphQLRequests.RawJson($$$"""{"query":"{ catalogue { kinds { name } } }","variables":{"v{{{s}}}":"x"}}"""), badRequest);
            cases.Add($"{s} in a list variable", GraphQLRequests.RawJson($$$"""{"query":"query($v: [ID!]!) { neighbourhood(ids: $v) { nodes { id } } }","variables":{"v":["region.jiaxing","{{{s}}}"]}}"""), badRequest);
            cases.Add($"{s} in operationName", GraphQLRequests.RawJson($$$"""{"query":"query Q { catalogue { kinds { name } } }","operationName":"Q{{{s}}}"}"""), badRequest);
            cases.Add($"{s} in a cursor variable", GraphQLRequests.RawJson($$$"""{"query":"query($c: String) { entities(after: $c) { edges { cursor } } }","variables":{"c":"{{{s}}}"}}"""), badRequest);
            cases.Add($"{s} in a cursor argument", GraphQLRequests.RawJson($$$"""{"query":"{ entity(id: \"region.jiaxing\") { relations(after: \"{{{s}}}\") { edges { cursor } } } }"}"""), badRequest);
            cases.Add($"{s} in a comment of the document", GraphQLRequests.RawJson($$$"""{"query":"# {{{s}}}\n{ catalogue { kinds { name } } }"}"""), badRequest);
            cases.Add($"{s} in a name of the document", GraphQLRequests.RawJson($$$"""{"query":"{ catalogue { kinds{{{s}}} { name } } }"}"""), badRequest);
            cases.Add($"{s} in a write, with a key", GraphQLRequests.RawJson($$$"""{"query":"mutation($n: String!) { upsertEntity(input: { id: \"inst.hostile-surrogate\", kind: \"Institute\", name: $n, sources: [\"d001:p9\"] }) { id } }","variables":{"n":"院{{{s}}}"}}""", context.Key), badRequest);
            cases.Add($"{s} in an extension", GraphQLRequests.RawJson($$$"""{"query":"{ catalogue { kinds { name } } }","extensions":{"x":"{{{s}}}"}}"""), badRequest);
            cases.Add($"{s} in a GraphQL escape of the document", GraphQLRequests.Post($"{{ search(text: \"x{s}\") {{ id }} }}"), Expect.BadRequest());
            cases.Add($"{s} in a GraphQL escape of a cursor", GraphQLRequests.Post($"{{ entities(after: \"{s}\") {{ edges {{ cursor }} }} }}"), Expect.BadRequest());
        }

        foreach (var bad in BadBytes)
        {
            var hex = Convert.ToHexString(bad);
            foreach (var (where, before, after) in new[]
            {
                ("a string of the document", "{\"query\":\"{ search(text: \\\"x", "\\\") { id } }\"}"),
                ("a variable", "{\"query\":\"query($v: String!) { search(text: $v) { id } }\",\"variables\":{\"v\":\"x", "\"}}"),
                ("operationName", "{\"query\":\"query Q { catalogue { kinds { name } } }\",\"operationName\":\"Q", "\"}"),
                ("a cursor variable", "{\"query\":\"query($c: String) { entities(after: $c) { edges { cursor } } }\",\"variables\":{\"c\":\"", "\"}}"),
                ("a name of the document", "{\"query\":\"{ catalogue { kinds", " { name } } }\"}"),
                ("the JSON outside strings", "{\"query\":\"{ catalogue { kinds { name } } }\"", "}"),
                ("a property name", "{\"query\":\"{ catalogue { kinds { name } } }\",\"x", "\":1}"),
            })
            {
                var body = Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();
                cases.Add($"bytes {hex} in {where}", GraphQLRequests.Bytes(body), badRequest);
            }

            var encoded = string.Concat(bad.Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
            cases.Add($"bytes {hex} percent-encoded in a GET query string", new HostileRequest("GET", $"/graphql?query=%7B%20search(text%3A%20%22x{encoded}%22)%20%7B%20id%20%7D%20%7D", null, null, GraphQLRequests.Headers(null)), Expect.Refused(400));
            cases.Add($"bytes {hex} percent-encoded in GET variables", new HostileRequest("GET", $"/graphql?query=query(%24v%3A%20String!)%20%7B%20search(text%3A%20%24v)%20%7B%20id%20%7D%20%7D&variables=%7B%22v%22%3A%22{encoded}%22%7D", null, null, GraphQLRequests.Headers(null)), Expect.Refused(400));
            cases.Add($"bytes {hex} percent-encoded as a GET parameter name", new HostileRequest("GET", $"/graphql?query=%7B%20catalogue%20%7B%20kinds%20%7B%20name%20%7D%20%7D%20%7D&x{encoded}=1", null, null, GraphQLRequests.Headers(null)));
            var raw = Encoding.ASCII.GetBytes("GET /graphql?query=%7B%20search(text%3A%20%22x").Concat(bad)
                .Concat(Encoding.ASCII.GetBytes($"%22)%20%7B%20id%20%7D%20%7D HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {HostileRequest.GraphQLAccept}\r\nConnection: close\r\n\r\n")).ToArray();
            cases.Add($"raw bytes {hex} in a GET query string", new HostileRequest("GET", "/graphql", Raw: raw), Expect.Refused(400));
        }

        cases.Add("a UTF-16 body", GraphQLRequests.Bytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"query\":\"{ catalogue { kinds { name } } }\"}")).ToArray(), contentType: "application/json; charset=utf-16"), Expect.Refused());
        cases.Add("a UTF-16 body labelled UTF-8", GraphQLRequests.Bytes(Encoding.Unicode.GetBytes("{\"query\":\"{ catalogue { kinds { name } } }\"}")), Expect.Refused());
        cases.Add("a UTF-32 body", GraphQLRequests.Bytes(Encoding.UTF32.GetBytes("{\"query\":\"{ catalogue { kinds { name } } }\"}"), contentType: "application/json; charset=utf-32"), Expect.Refused());
        cases.Add("a UTF-8 BOM before the body", GraphQLRequests.Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"query\":\"{ catalogue { kinds { name } } }\"}")).ToArray()));
        return cases.Cases;
    }
}
