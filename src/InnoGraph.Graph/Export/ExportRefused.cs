namespace InnoGraph.Graph.Export;

/// <summary>Why an export was refused before anything was written.</summary>
public enum ExportRefusal
{
    /// <summary>A missing, unknown or out-of-range argument: 400.</summary>
    BadArgument,

    /// <summary>An argument names nothing in the graph: 404.</summary>
    NotFound,

    /// <summary>The view or the whole graph is past the configured maximum: 413.</summary>
    TooLarge,
}

/// <summary>An export refused before its first byte, naming the argument at fault.</summary>
public sealed class ExportRefused(ExportRefusal reason, string? argument, string message) : Exception(message)
{
    public ExportRefusal Reason { get; } = reason;

    public string? Argument { get; } = argument;
}
