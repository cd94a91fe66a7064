using System.Text.Json;

namespace InnoGraph.Api.Http;

/// <summary>A GraphQL-over-HTTP request, from a JSON body or from query parameters.</summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
