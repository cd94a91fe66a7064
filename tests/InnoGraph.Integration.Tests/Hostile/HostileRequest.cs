namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// One request as it goes on the wire. <see cref="Raw"/>, when set, is written byte for byte to a
/// TCP connection (for requests no HTTP client would send); otherwise the other members describe an
/// ordinary HTTP request. <see cref="MayCloseSilently"/>: the bytes are not a complete request, so
/// closing the connection without an answer is a fair reply.
/// </summary>
internal sealed record HostileRequest(
    string Method,
    string PathAndQuery,
    byte[]? Body = null,
    string? ContentType = "application/json",
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null,
    byte[]? Raw = null,
    bool MayCloseSilently = false)
{
    public const string GraphQLAccept = "application/graphql-response+json";

    /// <summary>Everything the request carries, as text: what the server may legitimately echo back.</summary>
    public string Text()
    {
        var bytes = Raw ?? Body ?? [];
        var headers = string.Join("\n", (Headers ?? []).Select(h => h.Key + ": " + h.Value));
        return Uri.UnescapeDataString(PathAndQuery.Replace('+', ' ')) + "\n" + PathAndQuery + "\n" + headers + "\n" + System.Text.Encoding.UTF8.GetString(bytes);
    }
}
