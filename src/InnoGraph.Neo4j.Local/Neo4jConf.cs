using System.Globalization;
using System.Text;

namespace InnoGraph.Neo4j.Local;

/// <summary>Renders the <c>neo4j.conf</c> of one server instance.</summary>
internal static class Neo4jConf
{
    public static string Render(InstanceLayout layout, int httpPort, int boltPort, bool indexSamplingInBackground = true)
    {
        var settings = new List<(string Key, string Value)>
        {
            ("dbms.directories.data", layout.DataDirectory),
            ("dbms.directories.logs", layout.LogsDirectory),
            // Neo4j writes its self-signed Bolt certificate here; per instance so that servers started at once do not race in the shared home.
            ("dbms.directories.certificates", Path.Combine(layout.InstanceDirectory, "certificates")),
            ("dbms.directories.run", Path.Combine(layout.InstanceDirectory, "run")),
            ("dbms.directories.import", Path.Combine(layout.InstanceDirectory, "import")),
            ("dbms.directories.plugins", Path.Combine(layout.InstanceDirectory, "plugins")),
            ("dbms.security.auth_enabled", "true"),
            ("dbms.connectors.default_listen_address", "127.0.0.1"),
            ("dbms.connector.http.enabled", "true"),
            ("dbms.connector.http.listen_address", Address(httpPort)),
            ("dbms.connector.bolt.enabled", "true"),
            ("dbms.connector.bolt.listen_address", Address(boltPort)),
            ("dbms.connector.https.enabled", "false"),
            // Small enough for two cores and several servers at once; the heap is set on the java command line.
            ("dbms.memory.pagecache.size", "64m"),
            ("dbms.tx_log.rotation.retention_policy", "100M size"),
            ("dbms.udc.enabled", "false"),
            ("dbms.shell.enabled", "false"),
        };
        if (!indexSamplingInBackground)
        {
            settings.Add(("dbms.index_sampling.background_enabled", "false"));
        }

        var text = new StringBuilder();
        text.Append("# Written by the InnoGraph local Neo4j launcher for this instance only.\n");
        foreach (var (key, value) in settings)
        {
            text.Append(key).Append('=').Append(value).Append('\n');
        }

        return text.ToString();
    }

    private static string Address(int port) => "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
}
