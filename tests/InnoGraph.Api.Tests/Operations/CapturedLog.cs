namespace InnoGraph.Api.Tests.Operations;

/// <summary>One log entry as a provider received it, with the values of its structured state.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, Exception? Exception, IReadOnlyList<string> Values)
{
    /// <summary>Everything a log sink could write: message, state values, exception text.</summary>
    public string AllText => string.Join(" | ", [Message, .. Values, Exception?.ToString() ?? ""]);
}
