namespace InnoGraph.Graph.Export;

/// <summary>Bounds of an export: the whole graph's size and time, a view's answer as the API bounds it, the page of a streamed read.</summary>
public sealed class ExportOptions
{
    /// <summary>Entities plus relations the whole-graph export writes at most; a larger graph is refused before the first byte.</summary>
    public int MaxWholeGraphItems { get; set; } = 500_000;

    /// <summary>How long one export may take, from the first read to the last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A view's answer, as the GraphQL API bounds a result (<c>Api:MaxResultBytes</c>).</summary>
    public int MaxViewBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Entities per page of the whole-graph read: one round trip each.</summary>
    public int PageSize { get; set; } = 1_000;
}
