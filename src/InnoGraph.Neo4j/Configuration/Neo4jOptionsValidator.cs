using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j.Configuration;

/// <summary>Checks <see cref="Neo4jOptions"/> at start, with messages that say what to change.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem with the options; empty when they are usable.</summary>
    public static IEnumerable<string> Check(Neo4jOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Uri))
        {
            yield return "NEO4J_URI is not set: give Neo4j's HTTP address, e.g. http://localhost:7474.";
        }
        else if (CheckAddress("NEO4J_URI", options.Uri) is { } problem)
        {
            yield return problem;
        }

        if (!string.IsNullOrWhiteSpace(options.ReadUri) && CheckAddress("NEO4J_READ_URI", options.ReadUri) is { } readProblem)
        {
            yield return readProblem;
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            yield return "NEO4J_DATABASE is empty: leave it unset for 'neo4j' or name a database.";
        }

        if (!string.IsNullOrEmpty(options.PasswordFile))
        {
            if (options.Password is not null)
            {
                yield return "Both NEO4J_PASSWORD and NEO4J_PASSWORD_FILE are set: keep one of them.";
            }

            if (string.IsNullOrEmpty(options.User))
            {
                yield return "NEO4J_PASSWORD_FILE is set but NEO4J_USER is not: name the user the password belongs to.";
            }
        }
        else if (!string.IsNullOrEmpty(options.User) && options.Password is null)
        {
            yield return $"NEO4J_USER is '{options.User}' but NEO4J_PASSWORD (or NEO4J_PASSWORD_FILE) is not set.";
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            yield return "Neo4j:RequestTimeout must be positive.";
        }

        if (options.MaxRetries < 0)
        {
            yield return "Neo4j:MaxRetries may not be negative.";
        }
    }

    private static string? CheckAddress(string setting, string value)
    {
        if (!System.Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return $"{setting} '{value}' is not an absolute URI: give Neo4j's HTTP address, e.g. http://localhost:7474.";
        }

        if (uri.Scheme is "bolt" or "bolt+s" or "bolt+ssc" or "neo4j" or "neo4j+s" or "neo4j+ssc")
        {
            return $"{setting} '{value}' uses the {uri.Scheme}:// protocol, but InnoGraph talks to Neo4j over HTTP: give the HTTP port instead, e.g. http://{uri.Host}:7474 (or https://{uri.Host}:7473).";
        }

        return uri.Scheme is "http" or "https" ? null : $"{setting} '{value}' must start with http:// or https://.";
    }
}
