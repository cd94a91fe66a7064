using InnoGraph.Neo4j.Configuration;

namespace InnoGraph.Neo4j.Tests.Client;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("bolt://db.example:7687")]
    [InlineData("neo4j://db.example:7687")]
    [InlineData("neo4j+s://db.example")]
    public void a_bolt_uri_gets_a_message_asking_for_the_http_port(string uri)
    {
        var problems = Neo4jOptionsValidator.Check(new Neo4jOptions { Uri = uri }).ToList();

        problems.Should().ContainSingle().Which.Should().Contain("HTTP").And.Contain("http://db.example:7474");
    }

    [Fact]
    public void a_missing_uri_says_what_to_set()
    {
        Neo4jOptionsValidator.Check(new Neo4jOptions()).Should().ContainSingle().Which.Should().Contain("NEO4J_URI");
    }

    [Fact]
    public void a_user_without_a_password_is_refused()
    {
        Neo4jOptionsValidator.Check(new Neo4jOptions { Uri = "http://localhost:7474", User = "neo4j" }).Should().ContainSingle()
            .Which.Should().Contain("NEO4J_PASSWORD");
    }

    [Fact]
    public void an_http_or_https_uri_with_credentials_is_accepted()
    {
        Neo4jOptionsValidator.Check(new Neo4jOptions { Uri = "https://db.example:7473", User = "neo4j", Password = "x" }).Should().BeEmpty();
    }
}
