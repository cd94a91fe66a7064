using InnoGraph.Neo4j.Configuration;

namespace InnoGraph.Neo4j.Tests.Client;

public sealed class PasswordFileOptionsTests
{
    [Fact]
    public void a_password_file_with_a_user_is_enough()
    {
        var options = new Neo4jOptions { Uri = "http://localhost:7474", User = "neo4j", PasswordFile = "/run/secrets/neo4j" };

        Neo4jOptionsValidator.Check(options).Should().BeEmpty();
    }

    [Fact]
    public void a_password_and_a_password_file_together_are_refused()
    {
        var options = new Neo4jOptions { Uri = "http://localhost:7474", User = "neo4j", Password = "x", PasswordFile = "/run/secrets/neo4j" };

        Neo4jOptionsValidator.Check(options).Should().ContainSingle().Which.Should().Contain("NEO4J_PASSWORD_FILE");
    }

    [Fact]
    public void a_password_file_without_a_user_is_refused()
    {
        var options = new Neo4jOptions { Uri = "http://localhost:7474", PasswordFile = "/run/secrets/neo4j" };

        Neo4jOptionsValidator.Check(options).Should().ContainSingle().Which.Should().Contain("NEO4J_USER");
    }
}
