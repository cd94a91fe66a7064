namespace InnoGraph.Neo4j.Local.Tests;

public sealed class Neo4jConfTests
{
    private static readonly InstanceLayout Layout = new("/cache/instances/abc", "/cache/instances/abc/data", EphemeralData: true);

    private static Dictionary<string, string> Settings(string conf) =>
        conf.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);

    [Fact]
    public void connectors_listen_on_loopback_on_the_chosen_ports_and_https_is_off()
    {
        var settings = Settings(Neo4jConf.Render(Layout, 17474, 17687));

        settings["dbms.connector.http.listen_address"].Should().Be("127.0.0.1:17474");
        settings["dbms.connector.bolt.listen_address"].Should().Be("127.0.0.1:17687");
        settings["dbms.connectors.default_listen_address"].Should().Be("127.0.0.1");
        settings["dbms.connector.https.enabled"].Should().Be("false");
    }

    [Fact]
    public void authentication_is_on()
    {
        Settings(Neo4jConf.Render(Layout, 1, 2))["dbms.security.auth_enabled"].Should().Be("true");
    }

    [Fact]
    public void data_logs_and_certificates_live_in_the_instance_not_in_the_shared_home()
    {
        var settings = Settings(Neo4jConf.Render(Layout, 1, 2));

        settings["dbms.directories.data"].Should().Be("/cache/instances/abc/data");
        settings["dbms.directories.logs"].Should().Be("/cache/instances/abc/logs");
        settings["dbms.directories.certificates"].Should().StartWith("/cache/instances/abc/");
        settings["dbms.directories.run"].Should().StartWith("/cache/instances/abc/");
    }

    [Fact]
    public void a_persistent_data_directory_is_used_as_given()
    {
        var persistent = new InstanceLayout("/cache/instances/def", "/srv/graph/data", EphemeralData: false);

        Settings(Neo4jConf.Render(persistent, 1, 2))["dbms.directories.data"].Should().Be("/srv/graph/data");
    }

    [Fact]
    public void the_page_cache_is_bounded()
    {
        Settings(Neo4jConf.Render(Layout, 1, 2))["dbms.memory.pagecache.size"].Should().Be("64m");
    }

    [Fact]
    public void indexes_are_sampled_in_the_background_unless_a_test_of_stale_statistics_asks_otherwise()
    {
        Settings(Neo4jConf.Render(Layout, 1, 2)).Should().NotContainKey("dbms.index_sampling.background_enabled");
        Settings(Neo4jConf.Render(Layout, 1, 2, indexSamplingInBackground: false))["dbms.index_sampling.background_enabled"].Should().Be("false");
    }
}
