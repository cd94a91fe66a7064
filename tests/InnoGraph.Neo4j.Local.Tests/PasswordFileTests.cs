using System.Runtime.Versioning;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class PasswordFileTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void a_new_password_file_is_readable_by_its_owner_only()
    {
        using var directory = new TemporaryDirectory();
        var path = PasswordFile.PathFor(directory.Path);

        PasswordFile.ReadOrCreate(path);

        File.GetUnixFileMode(path).Should().Be(OwnerOnly);
    }

    [Fact]
    public void the_password_is_created_once_and_then_reused()
    {
        using var directory = new TemporaryDirectory();
        var path = PasswordFile.PathFor(directory.Path);

        var first = PasswordFile.ReadOrCreate(path);
        var second = PasswordFile.ReadOrCreate(path);

        second.Should().Be(first);
        File.ReadAllText(path).Should().Be(first);
    }

    [Fact]
    public void a_password_file_opened_up_by_someone_is_closed_again_when_read()
    {
        using var directory = new TemporaryDirectory();
        var path = PasswordFile.PathFor(directory.Path);
        PasswordFile.ReadOrCreate(path);
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        PasswordFile.Read(path);

        File.GetUnixFileMode(path).Should().Be(OwnerOnly);
    }

    [Fact]
    public void generated_passwords_are_long_alphanumeric_and_different()
    {
        var passwords = Enumerable.Range(0, 20).Select(_ => PasswordFile.Generate()).ToList();

        passwords.Should().OnlyHaveUniqueItems();
        passwords.Should().AllSatisfy(p => p.Should().HaveLength(32).And.MatchRegex("^[A-Za-z0-9]+$"));
    }

    [Fact]
    public void a_missing_password_file_reads_as_null()
    {
        using var directory = new TemporaryDirectory();

        PasswordFile.Read(PasswordFile.PathFor(directory.Path)).Should().BeNull();
    }
}
