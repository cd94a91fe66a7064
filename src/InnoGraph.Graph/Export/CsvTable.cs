using System.Text;

namespace InnoGraph.Graph.Export;

/// <summary>
/// RFC 4180 rows: CRLF line ends, a field in double quotes when it holds a comma, a quote or a
/// line break, quotes doubled. UTF-8 without a byte order mark.
/// </summary>
internal sealed class CsvTable(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };

    public Task RowAsync(IReadOnlyList<string> fields) =>
        _writer.WriteLineAsync(string.Join(",", fields.Select(Field)));

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public static string Field(string value)
    {
        var clean = ExportText.Clean(value);
        return clean.AsSpan().IndexOfAny(",\"\r\n") < 0 ? clean : $"\"{clean.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
