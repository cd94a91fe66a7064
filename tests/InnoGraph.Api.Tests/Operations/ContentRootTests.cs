namespace InnoGraph.Api.Tests.Operations;

/// <summary>The application's own appsettings.json applies wherever it is started from.</summary>
[Collection(nameof(WorkingDirectoryCollection))]
public sealed class ContentRootTests
{
    [Fact]
    public async Task appsettings_beside_the_application_apply_when_the_working_directory_is_elsewhere()
    {
        var previous = Environment.CurrentDirectory;
        var elsewhere = Directory.CreateTempSubdirectory("innograph-cwd-");
        try
        {
            // A decoy: were the working directory the content root, this would switch ASP.NET Core's request logs on.
            await File.WriteAllTextAsync(Path.Combine(elsewhere.FullName, "appsettings.json"), """{ "Logging": { "LogLevel": { "Microsoft.AspNetCore": "Trace" } } }""");
            Environment.CurrentDirectory = elsewhere.FullName;

            await using var app = ApiApplication.Build([], new Dictionary<string, string?> { ["NEO4J_URI"] = "http://127.0.0.1:9" });

            Path.TrimEndingDirectorySeparator(app.Environment.ContentRootPath).Should().Be(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            app.Configuration["Logging:LogLevel:Microsoft.AspNetCore"].Should().Be("Warning");
            var loggers = app.Services.GetRequiredService<ILoggerFactory>();
            loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information).Should().BeFalse();
            loggers.CreateLogger("InnoGraph.Api.Operations.RequestLogMiddleware").IsEnabled(LogLevel.Information).Should().BeTrue();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void appsettings_json_is_in_the_output_beside_the_application()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Should().BeTrue();
    }
}
