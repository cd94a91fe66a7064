using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Keeps ASP.NET Core's "Request starting / Request finished" lines off at every configured level:
/// they carry the full URL, query string included (an API key or GET variables), and
/// <see cref="RequestLogMiddleware"/> writes the request's line instead. Runs after the
/// configuration is bound, and again on every reload, so no <c>Logging</c> setting can turn them on.
/// </summary>
internal sealed class HostingDiagnosticsCap : IPostConfigureOptions<LoggerFilterOptions>
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        // A rule for a provider beats a rule for all providers, so the cap is repeated for every provider a rule names.
        var providers = options.Rules.Select(rule => rule.ProviderName).Distinct().ToList();
        if (!providers.Contains(null))
        {
            providers.Add(null);
        }

        foreach (var provider in providers)
        {
            options.Rules.Add(new LoggerFilterRule(provider, Category, LogLevel.Warning, filter: null));
        }
    }
}
