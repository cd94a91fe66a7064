using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Valid writes with a key that is missing, wrong, padded, re-cased, cut, extended, very long or
/// sent where the API does not read keys. Every one is refused and nothing is written.
/// </summary>
internal static class ApiKeyAbuse
{
    public const string Family = "api-key";

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var key = context.Key;
        var keys = new List<(string Description, string? Key)>
        {
            // Spaces and tabs around a header value are not part of it in HTTP (the server never sees them),
            // so padding that survives is what is tried: no-break and zero-width spaces, a NUL.
            ("no key", null), ("an empty key", ""), ("a space", " "), ("a no-break space before", "\u00a0" + key), ("a no-break space after", key + "\u00a0"),
            ("a zero-width space after", key + "\u200b"), ("an ideographic space before", "\u3000" + key), ("a space inside", key[..4] + " " + key[4..]), ("upper case", key.ToUpperInvariant()), ("first letter upper case", char.ToUpperInvariant(key[0]) + key[1..]),
            ("one character more", key + "x"), ("one character less", key[..^1]), ("the key twice", key + key), ("the key, a comma and the key", key + "," + key),
            ("a NUL after the key", key + "\0"), ("a Cyrillic lookalike", key.Replace('i', 'і')), ("the key percent-encoded", Uri.EscapeDataString(key).Replace("-", "%2D", StringComparison.Ordinal)),
            ("the key in base64", Convert.ToBase64String(Encoding.UTF8.GetBytes(key))), ("Bearer and the key", "Bearer " + key), ("10 KB", new string('k', 10_000)),
            ("100 KB", new string('k', 100_000)), ("the key and 10 KB", key + new string('k', 10_000)), ("a prefix of the key", key[..5]),
        };
        for (var i = 0; i < 10; i++)
        {
            var chars = key.ToCharArray();
            chars[cases.Random.Next(chars.Length)] = (char)cases.Random.Next('a', 'z' + 1);
            var wrong = new string(chars);
            if (wrong != key)
            {
                keys.Add(($"one character changed ({i})", wrong));
            }
        }

        var n = 0;
        foreach (var (description, presented) in keys)
        {
            var request = presented is not null && presented.Any(c => c is < ' ' or > '~')
                ? WriteRaw(n++, presented, context.Port)
                : Write(n++, presented is null ? [] : [("X-Api-Key", presented)]);
            cases.Add($"X-Api-Key: {description}", request, Expect.Refused());
        }

        foreach (var (description, headers) in new (string, (string, string)[])[]
        {
            ("Authorization: Bearer", [("Authorization", "Bearer " + key)]),
            ("Authorization: ApiKey", [("Authorization", "ApiKey " + key)]),
            ("a cookie", [("Cookie", "X-Api-Key=" + key)]),
            ("X-Api-Key-Extra", [("X-Api-Key-Extra", key)]),
            ("X_Api_Key", [("X_Api_Key", key)]),
            ("Api-Key", [("Api-Key", key)]),
        })
        {
            cases.Add($"the key in {description}", Write(n++, headers), Expect.Refused());
        }

        foreach (var parameter in new[] { "X-Api-Key", "apiKey", "api_key", "key" })
        {
            cases.Add($"the key in the query string as {parameter}", Write(n++, [], $"?{parameter}={Uri.EscapeDataString(key)}"), Expect.Refused());
        }

        cases.Add("the key in the body's extensions", GraphQLRequests.RawJson($"{{\"query\":{GraphQLRequests.Literal(Mutation(n++))},\"extensions\":{{\"apiKey\":{GraphQLRequests.Literal(key)},\"X-Api-Key\":{GraphQLRequests.Literal(key)}}}}}"), Expect.Refused());
        cases.Add("the key in the variables", GraphQLRequests.Post(Mutation(n++), new Dictionary<string, string> { ["X-Api-Key"] = key }), Expect.Refused());
        cases.Add("a wrong key on a mutation chosen by operationName", GraphQLRequests.Post("query A { catalogue { kinds { name } } } " + Mutation(n++).Replace("mutation", "mutation B", StringComparison.Ordinal), operationName: "B", key: "wrong"), Expect.Refused());
        cases.Add("a wrong key on a mutation without a chosen operation", GraphQLRequests.Post("query A { catalogue { kinds { name } } } " + Mutation(n++).Replace("mutation", "mutation B", StringComparison.Ordinal), key: "wrong"), Expect.Refused());
        cases.Add("no key on a mutation chosen by operationName with a lone surrogate", GraphQLRequests.RawJson($"{{\"query\":{GraphQLRequests.Literal(Mutation(n++).Replace("mutation", "mutation B", StringComparison.Ordinal))},\"operationName\":\"B\\ud800\"}}"), Expect.Refused());
        return cases.Cases;
    }

    private static string Mutation(int n) =>
        $$"""mutation { upsertEntity(input: { id: "inst.hostile-key-{{n}}", kind: "Institute", name: "钥匙测试院{{n}}", sources: ["{{HostileContext.Locator}}"] }) { id } }""";

    /// <summary>Over a bare connection, for keys no HTTP client would put in a header (sent as UTF-8).</summary>
    private static HostileRequest WriteRaw(int n, string presented, int port)
    {
        var body = Encoding.UTF8.GetBytes(GraphQLRequests.Json(Mutation(n)));
        var head = Encoding.UTF8.GetBytes($"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {HostileRequest.GraphQLAccept}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nX-Api-Key: {presented}\r\nConnection: close\r\n\r\n");
        return new HostileRequest("RAW", GraphQLRequests.Path, Raw: [.. head, .. body]);
    }

    private static HostileRequest Write(int n, (string Name, string Value)[] headers, string query = "") =>
        new("POST", GraphQLRequests.Path + query, Encoding.UTF8.GetBytes(GraphQLRequests.Json(Mutation(n))), "application/json", GraphQLRequests.Headers(null, headers));
}
