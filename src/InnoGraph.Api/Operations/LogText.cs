using InnoGraph.Domain.Text;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Makes text a client chose (operation name, path, method) safe for a log line with the rule of
/// <see cref="EchoedText"/>: what could forge a line or reorder what a reader sees becomes <c>?</c>,
/// and the length is capped so that no one can bloat a line.
/// </summary>
internal static class LogText
{
    public const int MaxOperationName = 64;

    public const int MaxPath = 128;

    public static string Clean(string? text, int maxLength) => string.IsNullOrEmpty(text) ? "-" : EchoedText.Of(text, maxLength, _ => "?");
}
