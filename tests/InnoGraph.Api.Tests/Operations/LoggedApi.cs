using InnoGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>The API host of <see cref="ApiFactory"/> with its log captured and, optionally, a manual clock.</summary>
internal static class LoggedApi
{
    public static WebApplicationFactory<Program> Create(ApiFactory factory, CapturingLoggerProvider logs, TimeProvider? clock = null) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            if (clock is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(clock));
            }
        });
}
