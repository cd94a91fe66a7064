using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Bodies at and beyond the request size limit, declared or streamed, padded or packed with tokens.</summary>
internal static class OversizedBodies
{
    public const string Family = "oversized-body";

    private const int Limit = 64 * 1024;

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context, int port)
    {
        var cases = new FamilyCases(Family, seed);
        foreach (var size in new[] { Limit + 1, Limit + 100, 100_000, 1_000_000, 8_000_000 }.Concat(Enumerable.Range(0, 5).Select(_ => cases.Random.Next(Limit + 1, 2_000_000))))
        {
            cases.Add($"a document of {size} bytes of comment", GraphQLRequests.Post("{ catalogue { kinds { name } } }\n#" + new string('x', size)), Expect.Refused(413, 400));
            cases.Add($"a body of {size} bytes of white space", GraphQLRequests.RawJson(Pad("{\"query\":\"{ catalogue { kinds { name } } }\"", size) + "}"), Expect.Refused(413, 400));
            cases.Add($"a write of {size} bytes, with a key", GraphQLRequests.Post(
                "mutation($n: String!) { upsertEntity(input: { id: \"inst.hostile-oversized\", kind: \"Institute\", name: $n, sources: [\"d001:p9\"] }) { id } }", new { n = new string('院', size / 3) }, key: context.Key), Expect.Refused(413, 400));
        }

        foreach (var tokens in new[] { 1000, 10_000, 20_000, 30_000 })
        {
            cases.Add($"{tokens} tokens of __typename", GraphQLRequests.Post("{ " + new StringBuilder().Insert(0, "__typename ", tokens) + "}"));
            cases.Add($"{tokens} punctuators", GraphQLRequests.Post("{ catalogue { kinds { name } } }" + new string('!', tokens)), Expect.BadRequest());
        }

        var streamed = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {HostileRequest.GraphQLAccept}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        var chunk = Encoding.ASCII.GetBytes("4000\r\n" + new string(' ', 0x4000) + "\r\n");
        foreach (var chunks in new[] { 5, 64 })
        {
            var raw = streamed.Concat(Encoding.ASCII.GetBytes("1\r\n{\r\n")).Concat(Enumerable.Repeat(chunk, chunks).SelectMany(c => c)).Concat(Encoding.ASCII.GetBytes("0\r\n\r\n")).ToArray();
            cases.Add($"a chunked body of {chunks * 16} KB", new HostileRequest("RAW", "/graphql", Raw: raw), Expect.Refused(413, 400));
        }

        var declared = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{{");
        cases.Add("a declared Content-Length of 1 GB", new HostileRequest("RAW", "/graphql", Raw: declared, MayCloseSilently: true));
        return cases.Cases;
    }

    private static string Pad(string json, int size) => json + new string(' ', Math.Max(0, size - json.Length));
}
