using System.Runtime.Versioning;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class InitialAuthFileTests
{
    [Fact]
    public void the_credential_line_matches_what_neo4j_admin_set_initial_password_writes()
    {
        // Written by `neo4j-admin set-initial-password S3cret-xyz` of Neo4j 3.1.1.
        var salt = Convert.FromHexString("350B7428387655D7CD18DBC4C93D8941");

        var line = InitialAuthFile.Line("neo4j", "S3cret-xyz", salt);

        line.Should().Be("neo4j:SHA-256,BAEF0CB3E1A43F1BB3389993774E0CE4BE29FFE820013422D9170FC7F66F3FB0,350B7428387655D7CD18DBC4C93D8941:");
    }

    [Fact]
    public void the_initial_auth_file_is_written_into_dbms_readable_by_its_owner_only()
    {
        using var data = new TemporaryDirectory();

        InitialAuthFile.Write(data.Path, "neo4j", "pw");

        var path = Path.Combine(data.Path, "dbms", "auth.ini");
        File.ReadAllText(path).Should().StartWith("neo4j:SHA-256,");
        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        InitialAuthFile.HasUsers(data.Path).Should().BeFalse("Neo4j creates dbms/auth itself on first start");
    }
}
