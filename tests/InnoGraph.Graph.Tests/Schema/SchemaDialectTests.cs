using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Tests.Schema;

/// <summary>Both dialects' schema files serve the same look-ups: the key nodes' uniqueness and the task number's index.</summary>
public sealed class SchemaDialectTests
{
    [Theory]
    [InlineData("v3", "CREATE CONSTRAINT ON (k:NameKey) ASSERT k.key IS UNIQUE")]
    [InlineData("v3", "CREATE CONSTRAINT ON (k:SearchKey) ASSERT k.key IS UNIQUE")]
    [InlineData("v3", "CREATE INDEX ON :Entity(number)")]
    [InlineData("v5", "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE")]
    [InlineData("v5", "CREATE CONSTRAINT search_key IF NOT EXISTS FOR (k:SearchKey) REQUIRE k.key IS UNIQUE")]
    [InlineData("v5", "CREATE INDEX entity_number IF NOT EXISTS FOR (e:Entity) ON (e.number)")]
    public void each_dialect_declares_what_the_look_ups_start_from(string dialect, string statement)
    {
        CypherFiles.Statements($"schema/{dialect}.cypher").Should().Contain(statement);
    }

    [Fact]
    public void every_v5_statement_can_run_again()
    {
        CypherFiles.Statements("schema/v5.cypher").Should().OnlyContain(s => s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }
}
