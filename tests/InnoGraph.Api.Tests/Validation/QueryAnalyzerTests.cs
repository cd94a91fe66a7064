using GraphQL;
using GraphQLParser.AST;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Api.Validation;

namespace InnoGraph.Api.Tests.Validation;

/// <summary>The one-pass measurement: what it counts, and that fragments are measured once.</summary>
public sealed class QueryAnalyzerTests
{
    private static readonly QueryAnalyzer Analyzer = new(TestSchema.Schema, new CostModel(new IntrospectionSizes(TestSchema.Schema)));

    [Fact]
    public void a_fragment_bomb_of_sixty_levels_is_measured_without_expanding_it()
    {
        // Expanded, this is 10^60 fields: only a pass that reuses each fragment's cost can finish.
        var cost = Measure(Bombs.Fragments(60));

        cost.Fields.Should().BeGreaterThan(1e59);
        cost.Complexity.Should().BeGreaterThan(1e59);
        cost.Depth.Should().Be(3);
    }

    [Fact]
    public void fields_aliases_and_root_fields_are_counted_after_fragment_expansion()
    {
        var cost = Measure("{ a: catalogue { ...K ...K } b: catalogue { ...K } } fragment K on Catalogue { x: kinds { name } }");

        cost.RootFields.Should().Be(2);
        cost.Aliases.Should().Be(2 + 3);
        cost.Fields.Should().Be(2 + (3 * 2));
        cost.Depth.Should().Be(3);
    }

    [Fact]
    public void page_sizes_multiply_through_nesting_and_count_as_database_work()
    {
        var small = Measure("""{ search(text: "a", first: 10) { relations(first: 10) { edges { node { id } } } } }""");
        var large = Measure("""{ search(text: "a", first: 100) { relations(first: 100) { edges { node { id } } } } }""");

        (large.Complexity / small.Complexity).Should().BeGreaterThan(50);
        large.DatabaseCost.Should().Be(large.Complexity);
    }

    [Fact]
    public void a_neighbourhood_costs_limit_times_depth()
    {
        var one = Measure("""{ neighbourhood(ids: ["a"], depth: 1, limit: 100) { nodes { id } } }""");
        var deep = Measure("""{ neighbourhood(ids: ["a"], depth: 3, limit: 500) { nodes { id } } }""");

        (deep.DatabaseCost / one.DatabaseCost).Should().BeApproximately(15, 0.1);
    }

    [Fact]
    public void arguments_given_as_variables_are_priced_like_literals()
    {
        var literal = Measure("""{ neighbourhood(ids: ["a"], depth: 3, limit: 500) { nodes { id } } }""");
        var variables = Measure(
            """query($d: Int, $l: Int = 500) { neighbourhood(ids: ["a"], depth: $d, limit: $l) { nodes { id } } }""",
            new Inputs(new Dictionary<string, object?> { ["d"] = 3 }));

        variables.DatabaseCost.Should().Be(literal.DatabaseCost);
    }

    [Fact]
    public void the_catalogue_and_introspection_cost_the_database_nothing()
    {
        var cost = Measure(File.ReadAllText(Repository.File("tests", "InnoGraph.Api.Tests", "Fixtures", "introspection-query.graphql")) + " query Catalogue { catalogue { kinds { name } } }", operationName: "IntrospectionQuery");

        cost.DatabaseCost.Should().Be(0);
        cost.Depth.Should().Be(0, "introspection is bounded by its cost, not by the data depth limit");
        cost.Complexity.Should().BeLessThan(new Hosting.ApiOptions().MaxComplexity / 4, "the standard introspection query should pass with room to spare");
    }

    [Fact]
    public void a_fragment_that_spreads_itself_is_refused()
    {
        var measure = () => Measure("{ catalogue { ...A } } fragment A on Catalogue { ...B } fragment B on Catalogue { kinds { name } ...A }");

        measure.Should().Throw<QueryRefused>().Which.Code.Should().Be("INVALID_QUERY");
    }

    [Fact]
    public void a_cancelled_request_stops_the_measurement()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var measure = () => Measure(Bombs.Fragments(5), cancellationToken: cancelled.Token);

        measure.Should().Throw<OperationCanceledException>();
    }

    private static QueryCost Measure(string query, Inputs? variables = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(o => operationName is null || o.Name?.StringValue == operationName);
        return Analyzer.Measure(document, operation, variables ?? Inputs.Empty, cancellationToken);
    }
}
