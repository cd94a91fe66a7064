using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Export;

/// <summary>What an export asks of a view's read, as a GraphQL selection would: the graph's ids, edges with weight, sources and the entities behind derived links.</summary>
internal static class ExportSelection
{
    public static FieldSelection Graph { get; } = new("export", "graph", new Dictionary<string, object?>(), [
        Field("nodes", Field("id"), Field("kind"), Field("label"), Field("properties")),
        Field("edges", Field("id"), Field("source"), Field("target"), Field("type"), Field("weight"), Field("properties"), Field("sources", Field("locator")), Field("via", Field("id"))),
    ]);

    private static FieldSelection Field(string name, params FieldSelection[] children) =>
        new(name, name, new Dictionary<string, object?>(), children);
}
