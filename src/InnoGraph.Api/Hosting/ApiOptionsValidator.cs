using System.Net;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Hosting;

/// <summary>Rejects settings the API cannot run with, at start.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBytes <= 0 || options.MaxResultBytes <= 0)
        {
            failures.Add("Api:MaxRequestBytes and Api:MaxResultBytes must be positive.");
        }

        if (options.MaxQueryDepth <= 0 || options.MaxComplexity <= 0 || options.MaxTokens <= 0 || options.MaxFields <= 0
            || options.MaxAliases < 0 || options.MaxRootFields <= 0 || options.MaxDatabaseCost <= 0)
        {
            failures.Add("Api:MaxQueryDepth, MaxComplexity, MaxTokens, MaxFields, MaxRootFields and MaxDatabaseCost must be positive, MaxAliases not negative.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Api:Timeout must be positive.");
        }

        if (options.DocumentCacheSize < 0)
        {
            failures.Add("Api:DocumentCacheSize must not be negative (zero turns the cache off).");
        }

        if (options.RequestsPerMinute <= 0)
        {
            failures.Add("Api:RequestsPerMinute must be positive.");
        }

        if (options.LogRepeatInterval < TimeSpan.Zero)
        {
            failures.Add("Api:LogRepeatInterval must not be negative.");
        }

        if (options.Readiness.CacheDuration < TimeSpan.Zero || options.Readiness.RequestsPerMinute <= 0)
        {
            failures.Add("Api:Readiness:CacheDuration must not be negative and Api:Readiness:RequestsPerMinute must be positive.");
        }

        failures.AddRange(options.Metrics.Networks()
            .Where(network => !IPNetwork.TryParse(network, out _))
            .Select(network => $"Api:Metrics:AllowedNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/8)."));
        if (options.Metrics.BearerToken is { } token && token.Length < 16)
        {
            failures.Add("Api:Metrics:BearerToken must be at least 16 characters long.");
        }

        failures.AddRange(options.Keys.Where(k => k.Value.Length < 16).Select(k => $"Api:Keys:{k.Key} must be at least 16 characters long."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
