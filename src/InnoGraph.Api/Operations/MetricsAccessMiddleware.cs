using System.Net;
using System.Security.Cryptography;
using System.Text;
using InnoGraph.Api.Hosting;
using InnoGraph.Api.Http;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Lets only the configured networks (<see cref="MetricsOptions.AllowedNetworks"/>, loopback by
/// default) or holders of the bearer token read <c>/metrics</c>; everyone else gets <c>403</c>.
/// </summary>
internal sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    private const string ForbiddenCode = "FORBIDDEN";

    private readonly IPNetwork[] _networks = [.. options.Value.Metrics.Networks().Select(network => IPNetwork.Parse(network))];
    private readonly byte[]? _token = options.Value.Metrics.BearerToken is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<MetricsEndpoint>() is null || IsAllowed(http))
        {
            return next(http);
        }

        return HttpErrors.WriteAsync(http, StatusCodes.Status403Forbidden, ForbiddenCode, "The metrics are served to the configured networks or with the configured bearer token only.");
    }

    private bool IsAllowed(HttpContext http)
    {
        if (_token is not null && http.Request.Headers.Authorization.FirstOrDefault() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization["Bearer ".Length..].Trim()), _token))
        {
            return true;
        }

        // No address means no network peer: the in-process test host, or a Unix socket on this machine.
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return true;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return _networks.Any(network => network.Contains(address));
    }
}
