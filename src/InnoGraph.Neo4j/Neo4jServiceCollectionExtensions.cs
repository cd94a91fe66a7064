using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j;

/// <summary>Registers the Neo4j client.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICypherClient"/> with its options bound from the <c>Neo4j</c> section and the
    /// <c>NEO4J_URI</c>, <c>NEO4J_READ_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> (or <c>NEO4J_PASSWORD_FILE</c>), <c>NEO4J_DATABASE</c> settings, validated at start.
    /// </summary>
    public static IServiceCollection AddNeo4j(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Configure(options => ApplyEnvironmentStyleSettings(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton<ICypherClient>(sp => new Neo4jHttpClient(
            Neo4jHttpClient.CreateHttpClient(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<Neo4jHttpClient>()));
        return services;
    }

    /// <summary>Applies the flat <c>NEO4J_*</c> settings, which win over the section.</summary>
    public static void ApplyEnvironmentStyleSettings(Neo4jOptions options, IConfiguration configuration)
    {
        options.Uri = configuration["NEO4J_URI"] ?? options.Uri;
        options.ReadUri = configuration["NEO4J_READ_URI"] ?? options.ReadUri;
        options.User = configuration["NEO4J_USER"] ?? options.User;
        options.Password = configuration["NEO4J_PASSWORD"] ?? options.Password;
        options.PasswordFile = configuration["NEO4J_PASSWORD_FILE"] ?? options.PasswordFile;
        options.Database = configuration["NEO4J_DATABASE"] ?? options.Database;
    }
}
