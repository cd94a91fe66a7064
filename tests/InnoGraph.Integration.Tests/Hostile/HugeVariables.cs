using System.Globalization;
using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Variables that are deep, wide, long, numerically absurd or not an object at all.</summary>
internal static class HugeVariables
{
    public const string Family = "huge-variables";

    private const int BodyLimit = 64 * 1024;

    public static IReadOnlyList<HostileCase> Generate(int seed)
    {
        var cases = new FamilyCases(Family, seed);
        const string Search = "query($v: String!) { search(text: $v) { id } }";
        const string Ids = "query($v: [ID!]!) { neighbourhood(ids: $v) { nodes { id } } }";
        const string Kinds = "query($v: [String!]) { search(text: \"院\", kinds: $v) { id } }";
        const string Properties = "query($v: JSON) { search(text: \"院\") { id } }";

        foreach (var depth in new[] { 10, 63, 64, 65, 100, 1000, 10_000, 30_000 }.Concat(Enumerable.Range(0, 6).Select(_ => cases.Random.Next(60, 30_000))))
        {
            cases.Add($"array nested {depth} deep as a String", Body(Search, "{\"v\":" + Nest("[", "]", depth, "\"x\"") + "}"));
            cases.Add($"object nested {depth} deep as a String", Body(Search, "{\"v\":" + Nest("{\"a\":", "}", depth, "1") + "}"));
            cases.Add($"object nested {depth} deep as an unused JSON variable", Body(Properties, "{\"v\":" + Nest("{\"a\":", "}", depth, "1") + "}"));
            cases.Add($"undeclared variable nested {depth} deep", Body("{ catalogue { kinds { name } } }", "{\"w\":" + Nest("[", "]", depth, "0") + "}"));
        }

        foreach (var count in new[] { 51, 100, 1000, 5000, 15_000 })
        {
            cases.Add($"{count} ids", GraphQLRequests.Post(Ids, new { v = Enumerable.Range(0, count).Select(i => $"region.x{i}").ToArray() }));
            cases.Add($"{count} kinds", GraphQLRequests.Post(Kinds, new { v = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? "Institute" : "Region").ToArray() }));
            cases.Add($"{count} variables", Body(Search, "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"v{(i == 0 ? "" : i.ToString(CultureInfo.InvariantCulture))}\":\"x\"")) + "}"));
        }

        foreach (var length in new[] { 1000, 30_000, 60_000, BodyLimit - 200, BodyLimit - 60, BodyLimit, BodyLimit + 1, 100_000, 1_000_000 })
        {
            var over = length >= BodyLimit;
            cases.Add($"a string of {length} characters", GraphQLRequests.Post(Search, new { v = new string('x', length) }), over ? Expect.Refused() : null);
            cases.Add($"a string of {length / 3} Chinese characters", GraphQLRequests.Post(Search, new { v = new string('院', length / 3) }), over ? Expect.Refused() : null);
        }

        foreach (var value in new[] { "\"x\"", "5", "[1,2]", "true", "\"{\\\"v\\\":\\\"x\\\"}\"", "[]", "{\"v\":null}", "{\"v\":5}", "{\"v\":{}}", "{\"v\":[\"x\"]}" })
        {
            // A JSON string holding the variables and a number where a string is declared are left to the server's tolerance.
            var tolerable = value.StartsWith('"') || value == "{\"v\":5}";
            cases.Add($"variables {value}", Body(Search, value), tolerable ? null : Expect.Refused());
        }

        foreach (var number in new[] { "1e400", "99999999999999999999999", "-1e309", "2147483648", "-2147483649", "1.5", "0x10", "NaN", "Infinity", "1e-400", "00001" })
        {
            var valid = number is "1e-400";
            cases.Add($"first = {number}", Body("query($n: Int) { search(text: \"院\", first: $n) { id } }", "{\"n\":" + number + "}"), valid ? null : Expect.Refused());
        }

        return cases.Cases;
    }

    private static HostileRequest Body(string query, string variables) =>
        GraphQLRequests.RawJson("{\"query\":" + GraphQLRequests.Literal(query) + ",\"variables\":" + variables + "}");

    private static string Nest(string open, string close, int depth, string inner) =>
        new StringBuilder(depth * (open.Length + close.Length) + inner.Length).Insert(0, open, depth).Append(inner).Insert(depth * open.Length + inner.Length, close, depth).ToString();
}
