using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// What the issue requires of every answer, whatever was sent: an answer, no 5xx but 503/504 with a
/// GraphQL error body, and nothing of the inside — Cypher of our statements, Neo4j error codes, stack
/// frames, .NET exception names, file paths. A match that also occurs in the request is an echo of
/// the client's own text (an injection string quoted in an error message) and not a leak.
/// </summary>
internal static partial class ResponseChecks
{
    private static readonly (string Leak, Regex Pattern)[] Leaks =
    [
        ("Cypher", CypherPattern()),
        ("Neo4j internals", Neo4jPattern()),
        ("a stack frame", StackFramePattern()),
        ("an exception name", ExceptionPattern()),
        ("a file path", FilePathPattern()),
    ];

    /// <summary>The general violations of one answer: (what kind, detail).</summary>
    public static IEnumerable<(string Kind, string Detail)> Check(HostileRequest request, HostileResponse response)
    {
        // Bytes that are not a complete HTTP/1.1 request may be met with silence, a close or another protocol's frame.
        if (!response.Answered && request.MayCloseSilently)
        {
            yield break;
        }

        if (!response.Answered)
        {
            yield return ("unanswered", response.Failure ?? "no answer");
            yield break;
        }

        var status = response.Status!.Value;

        // 505 is HTTP's own answer to a protocol version the server does not speak, given by Kestrel
        // before any application code runs; it says nothing about the service's health.
        var unsupportedVersion = status == 505 && request.Raw is not null;
        if (status >= 500 && status is not 503 and not 504 && !unsupportedVersion)
        {
            yield return ($"status {status}", $"body: {Expect.Shorten(response.Body)}");
        }
        else if (status is 503 or 504 && !IsGraphQLError(response.Body))
        {
            yield return ($"status {status} without a GraphQL error body", $"body: {Expect.Shorten(response.Body)}");
        }

        var sent = request.Text();
        foreach (var text in new[] { response.Body, Unescaped(response.Body) })
        {
            foreach (var (leak, pattern) in Leaks)
            {
                var match = pattern.Matches(text).FirstOrDefault(m => !sent.Contains(m.Value, StringComparison.Ordinal));
                if (match is not null)
                {
                    yield return ($"leaks {leak}", $"'{match.Value}' in {Expect.Shorten(text, 400)}");
                    yield break;
                }
            }
        }
    }

    public static bool IsGraphQLError(string body)
    {
        using var document = Expect.TryParse(body);
        return document is not null && document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            && errors.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String);
    }

    /// <summary>The body's JSON strings, unescaped, so that a leak cannot hide behind <c>\u0022</c> or <c>\n</c>.</summary>
    private static string Unescaped(string body)
    {
        using var document = Expect.TryParse(body);
        if (document is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Collect(document.RootElement, builder);
        return builder.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                builder.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, builder);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    builder.Append(property.Name).Append('\n');
                    Collect(property.Value, builder);
                }

                break;
        }
    }

    // Fragments of the statements the API generates (OPTIONAL MATCH (n:Entity ..., UNWIND $rows AS, RETURN x AS, MERGE (...).
    [GeneratedRegex(@"OPTIONAL MATCH|\bMATCH \(\w*:\w+|\bMERGE \(|\bUNWIND \$?\w+ AS\b|\bRETURN \w+(\.\w+)? AS\b|\bWITH \w+, \w+|\bCALL dbms\.|\bSET \w+\.\w+ =|\bAS __\w+")]
    private static partial Regex CypherPattern();

    [GeneratedRegex(@"Neo\.(ClientError|DatabaseError|TransientError)\.\w+|org\.neo4j|java\.\w+\.")]
    private static partial Regex Neo4jPattern();

    [GeneratedRegex(@"   at |\bat [A-Z]\w*(\.\w+)+(\.<\w+>\w*)?\(|--- End of")]
    private static partial Regex StackFramePattern();

    [GeneratedRegex(@"\w*Exception\b")]
    private static partial Regex ExceptionPattern();

    [GeneratedRegex(@"/work/|/home/\w|/root/|/tmp/\w|\.cs:line \d|\w:\\\\?\w+\\")]
    private static partial Regex FilePathPattern();
}
