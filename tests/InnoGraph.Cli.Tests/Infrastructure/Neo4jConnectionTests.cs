using InnoGraph.Cli.Infrastructure;
using InnoGraph.Cli.Tests.Support;
using InnoGraph.Testing;
using Microsoft.Extensions.Configuration;

namespace InnoGraph.Cli.Tests.Infrastructure;

public sealed class Neo4jConnectionTests
{
    [Fact]
    public void without_neo4j_uri_there_is_no_configured_server_even_with_a_neo4j_section()
    {
        Neo4jConnection.FromConfiguration(Configuration(("Neo4j:Uri", "http://db:7474"), ("NEO4J_USER", "neo4j"))).Should().BeNull();
        Neo4jConnection.FromConfiguration(Configuration(("NEO4J_URI", ""))).Should().BeNull();
    }

    [Fact]
    public void the_flat_settings_give_the_server_and_win_over_the_section()
    {
        var options = Neo4jConnection.FromConfiguration(Configuration(
            ("NEO4J_URI", "http://db:7474"),
            ("NEO4J_USER", "reader"),
            ("NEO4J_PASSWORD", "secret"),
            ("NEO4J_DATABASE", "graph"),
            ("Neo4j:User", "section-user"),
            ("Neo4j:Uri", "http://section:7474"),
            ("Neo4j:RequestTimeout", "00:00:07"),
            ("Neo4j:MaxRetries", "1")))!;

        options.Uri.Should().Be("http://db:7474");
        options.User.Should().Be("reader");
        options.Password.Should().Be("secret");
        options.Database.Should().Be("graph");
        options.RequestTimeout.Should().Be(TimeSpan.FromSeconds(7), "settings only the section has are bound too");
        options.MaxRetries.Should().Be(1);
    }

    [Fact]
    public void a_password_file_is_taken_instead_of_a_password()
    {
        var options = Neo4jConnection.FromConfiguration(Configuration(
            ("NEO4J_URI", "https://db:7473"), ("NEO4J_USER", "neo4j"), ("NEO4J_PASSWORD_FILE", "/run/secrets/neo4j")))!;

        options.PasswordFile.Should().Be("/run/secrets/neo4j");
        options.Password.Should().BeNull();
    }

    [Fact]
    public void a_bolt_address_is_wrong_usage_that_asks_for_the_http_port()
    {
        var resolve = () => Neo4jConnection.FromConfiguration(Configuration(("NEO4J_URI", "bolt://db:7687")));

        var refusal = resolve.Should().Throw<CliException>().Which;
        refusal.ExitCode.Should().Be(ExitCodes.Usage);
        refusal.Message.Should().Contain("bolt://").And.Contain("http://db:7474");
    }

    [Fact]
    public void every_problem_of_the_settings_is_reported_at_once()
    {
        var resolve = () => Neo4jConnection.FromConfiguration(Configuration(("NEO4J_URI", "ftp://db"), ("NEO4J_USER", "neo4j")));

        resolve.Should().Throw<CliException>().Which.Message.Split(Environment.NewLine).Should().HaveCount(2)
            .And.Contain(line => line.Contains("http://", StringComparison.Ordinal))
            .And.Contain(line => line.Contains("NEO4J_PASSWORD", StringComparison.Ordinal));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}

/// <summary>The local Neo4j's options come from <c>INNOGRAPH_*</c> variables, which belong to the whole process.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class LocalNeo4jConnectionTests
{
    [Fact]
    public void the_local_options_use_the_persistent_data_in_the_cache_the_port_and_the_heap_asked_for()
    {
        using var cache = new TemporaryDirectory();
        using var environment = new ScopedEnvironment(new Dictionary<string, string?> { ["INNOGRAPH_CACHE_DIR"] = cache.Path, ["INNOGRAPH_NEO4J_HEAP"] = "300m" });

        var options = Neo4jConnection.LocalOptions(httpPort: 7555);

        options.CacheDirectory.Should().Be(cache.Path);
        options.DataDirectory.Should().Be(Path.Combine(cache.Path, "neo4j", "data"));
        options.HttpPort.Should().Be(7555);
        options.HeapMegabytes.Should().Be(300);
    }

    [Fact]
    public void a_heap_setting_that_is_not_a_size_is_wrong_usage_before_anything_starts()
    {
        using var cache = new TemporaryDirectory();
        using var environment = new ScopedEnvironment(new Dictionary<string, string?> { ["INNOGRAPH_CACHE_DIR"] = cache.Path, ["INNOGRAPH_NEO4J_HEAP"] = "lots" });

        var resolve = () => Neo4jConnection.LocalOptions();

        var refusal = resolve.Should().Throw<CliException>().Which;
        refusal.ExitCode.Should().Be(ExitCodes.Usage);
        refusal.Message.Should().Contain("INNOGRAPH_NEO4J_HEAP='lots'").And.Contain("2g");
    }

    [Fact]
    public async Task without_neo4j_uri_and_without_a_running_local_neo4j_there_is_nothing_to_talk_to()
    {
        using var cache = new TemporaryDirectory();
        using var environment = new ScopedEnvironment(new Dictionary<string, string?> { ["INNOGRAPH_CACHE_DIR"] = cache.Path, ["NEO4J_URI"] = null });

        var resolve = () => Neo4jConnection.ResolveAsync(CancellationToken.None);

        var refusal = (await resolve.Should().ThrowAsync<CliException>()).Which;
        refusal.ExitCode.Should().Be(ExitCodes.Neo4jUnavailable);
        refusal.Message.Should().Contain("innograph neo4j start").And.Contain("NEO4J_URI");
    }
}
