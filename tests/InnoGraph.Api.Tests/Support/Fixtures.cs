namespace InnoGraph.Api.Tests.Support;

/// <summary>Request documents kept as files under <c>tests/InnoGraph.Api.Tests/Fixtures</c>.</summary>
internal static class Fixtures
{
    /// <summary>graphql-js's <c>getIntrospectionQuery()</c> with descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription and inputValueDeprecation.</summary>
    public static string IntrospectionQuery => File.ReadAllText(Repository.File("tests", "InnoGraph.Api.Tests", "Fixtures", "introspection-query.graphql"));

    public const string ThreeIndicatorSeries = """
        {
          a: indicatorSeries(region: "region.jiaxing") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
          b: indicatorSeries(region: "region.jiaxing.jiashan") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
          c: indicatorSeries(region: "park.jiaxing.xiuzhou-high-tech-zone") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
        }
        """;

    public const string TasksWithOwners = """
        {
          entities(kind: "Task", first: 100) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                id name
                relations(direction: IN, types: ["RESPONSIBLE_FOR"]) { edges { role order node { id name } } }
              }
            }
          }
        }
        """;
}
