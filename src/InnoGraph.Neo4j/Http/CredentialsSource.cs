using System.Net.Http.Headers;
using System.Text;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Http;

/// <summary>
/// The Authorization header of every request: from the configured password, or from the password file, which is read
/// on first use and again after <see cref="Invalidate"/> (the client calls it when the server was gone or refused the
/// credentials), so a restart with a new password needs no client restart.
/// </summary>
internal sealed class CredentialsSource(Neo4jOptions options, Uri server)
{
    private readonly Lock _gate = new();

    // Read without the lock on every request; written under it, so a file is read once per invalidation.
    private volatile Cached? _cached;

    /// <summary>The header to send, or null when authentication is off.</summary>
    /// <exception cref="Neo4jUnavailableException">The password file cannot be read (e.g. the data directory is being recreated).</exception>
    public AuthenticationHeaderValue? Header()
    {
        if (_cached is { } cached)
        {
            return cached.Header;
        }

        lock (_gate)
        {
            return (_cached ??= new Cached(Build())).Header;
        }
    }

    /// <summary>Makes the next request read the password file again; a configured password never changes.</summary>
    public void Invalidate()
    {
        if (options.PasswordFile is not null)
        {
            _cached = null;
        }
    }

    private AuthenticationHeaderValue? Build()
    {
        if (string.IsNullOrEmpty(options.User))
        {
            return null;
        }

        var password = options.PasswordFile is { Length: > 0 } file ? ReadFile(file) : options.Password;
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{password}")));
    }

    private string ReadFile(string path)
    {
        try
        {
            var password = File.ReadAllText(path).Trim();
            return password.Length > 0 ? password : throw new IOException("the file is empty");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Neo4jUnavailableException(server, $"the password file {path} cannot be read ({e.Message})", e);
        }
    }

    private sealed record Cached(AuthenticationHeaderValue? Header);
}
