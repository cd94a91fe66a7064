using Microsoft.Net.Http.Headers;

namespace InnoGraph.Api.Http;

/// <summary>Content negotiation per the GraphQL-over-HTTP specification.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type for an Accept header; null when none is acceptable.</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        // Without Accept, the specification asks servers to answer as legacy clients expect.
        if (accept.Count == 0)
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in accept)
        {
            var quality = candidate.Quality ?? 1.0;
            var type = candidate.MediaType.Value?.ToLowerInvariant();
            var match = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => GraphQLResponse,
                _ => null,
            };
            if (match is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && match == GraphQLResponse)))
            {
                best = match;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True for <c>application/json</c> bodies: anything else (forms, text) could come from a cross-site form.</summary>
    public static bool IsJsonBody(string? contentType) =>
        contentType is not null
        && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
