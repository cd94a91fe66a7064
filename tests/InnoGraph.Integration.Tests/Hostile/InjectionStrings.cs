namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Hostile text in every string argument of every field, as a variable and as a literal in the
/// document: Cypher and SQL injection, backticks, parameter syntax, NUL, control and bidi
/// characters, path traversal and very long strings. It must find nothing and change nothing.
/// </summary>
internal static class InjectionStrings
{
    public const string Family = "injection";

    public static readonly string[] Attempts =
    [
        "\"}) MATCH (n) DETACH DELETE n //",
        "x' }) MATCH (n) DETACH DELETE n //",
        "' OR 1=1 --",
        "\" OR \"1\"=\"1",
        "Entity`) DETACH DELETE n //",
        "`",
        "``) MATCH (n) SET n.name = 'pwned' //",
        "$param",
        "$p0",
        "{p0}",
        "\u0000",
        "a\u0000b",
        "\u202eevil\u202c",
        "line\r\nbreak\n",
        "\\",
        "*/ MATCH (n) SET n.name = 'pwned' /*",
        "'; CALL dbms.components() //",
        "] ->(x) DETACH DELETE x //",
        "../../../../etc/passwd",
        "%s%s%s%n",
        "<script>alert(1)</script>",
        "region.jiaxing|PART_OF|region.zhejiang' OR '1'='1",
        "ＭＡＴＣＨ (n) ＤＥＬＥＴＥ n",
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var targets = SchemaStringArguments.Read();
        foreach (var target in targets)
        {
            var attempts = Attempts.Append(new string('\'', 20_000)).Append(LongText(cases.Random, 30_000)).ToList();
            foreach (var attempt in attempts)
            {
                var key = target.IsMutation ? context.Key : null;
                var operation = target.IsMutation ? "mutation" : "query";
                var value = target.IsList ? (object)new[] { attempt } : attempt;
                var shown = Expect.Shorten(attempt.Replace("\0", "\\0", StringComparison.Ordinal), 40);
                cases.Add($"{target.Field}({target.Argument}) = {shown} as a variable",
                    GraphQLRequests.Post($"{operation}($v: {target.ArgumentType}) {{ {target.Document("$v")} }}", new Dictionary<string, object> { ["v"] = value }, key: key));
                // As a literal too, for half of the strings (drawn by the seed): the parser's escapes are
                // a second way in, but the run must stay short.
                if (cases.Random.Next(2) == 0)
                {
                    continue;
                }

                var literal = GraphQLRequests.GraphQLLiteral(attempt);
                cases.Add($"{target.Field}({target.Argument}) = {shown} in the document",
                    GraphQLRequests.Post($"{operation} {{ {target.Document(target.IsList ? $"[{literal}]" : literal)} }}", key: key));
            }
        }

        return cases.Cases;
    }

    /// <summary>Random text mixing scripts, quotes and Cypher punctuation.</summary>
    private static string LongText(Random random, int length)
    {
        const string Alphabet = "abcXYZ院区市'\"`${}()[]|:;-/*\\ ";
        return new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }
}
