using System.Text;

namespace InnoGraph.Ingestion.Normalisation;

/// <summary>A document file that cannot be read as text of the encoding asked for: the message names the file and where, and what to do.</summary>
public sealed class DocumentFileException(string message) : Exception(message);

/// <summary>
/// The text of a document file. UTF-8 unless told otherwise (a byte-order mark of UTF-8 or UTF-16 decides by itself); Chinese
/// documents often come as GB18030 (GBK) or Big5, which are read when asked for. Bytes that are not text of the encoding, an
/// empty file and a binary one are refused with the file, line and column, never read as garbage.
/// </summary>
public static class DocumentFile
{
    /// <summary>The encodings a document may be read as, by the names <c>--encoding</c> takes.</summary>
    public static readonly IReadOnlyList<string> Encodings = ["utf-8", "gb18030", "gbk", "big5"];

    static DocumentFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path, string? encoding = null) => Decode(File.ReadAllBytes(path), path, encoding);

    public static string Decode(byte[] bytes, string path, string? encoding = null)
    {
        var (decoder, bomLength) = Of(bytes, path, encoding);
        string text;
        try
        {
            text = decoder.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException invalid)
        {
            var at = bomLength + Math.Max(0, invalid.Index);
            var (line, column) = LineAndColumn(bytes, at);
            var advice = encoding is null
                ? "Chinese documents are often GB18030 (GBK) or Big5: pass --encoding gb18030 or --encoding big5, or convert the file to UTF-8 (iconv -f gb18030 -t utf-8)."
                : "pass the encoding the file is written in (--encoding " + string.Join(", ", Encodings) + "), or convert it to UTF-8.";
            throw new DocumentFileException($"{path}:{line}:{column}: byte 0x{bytes[at]:X2} is not {decoder.WebName} text; {advice}");
        }

        if (text.IndexOfAny(Binary) is var control and >= 0)
        {
            var (line, column) = LineAndColumn(text, control);
            throw new DocumentFileException($"{path}:{line}:{column}: control character U+{(int)text[control]:X4}: this is no plain-text file. Convert a PDF or Word document to text first, one paragraph a line.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFileException($"{path}: the file holds no text (no paragraph to ingest).");
        }

        return text;
    }

    private static (Encoding Decoder, int BomLength) Of(byte[] bytes, string path, string? encoding)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (Strict("utf-8"), 3);
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return (Strict(bytes[0] == 0xFF ? "utf-16LE" : "utf-16BE"), 2);
        }

        var name = (encoding ?? "utf-8").ToLowerInvariant();
        if (!Encodings.Contains(name))
        {
            throw new DocumentFileException($"{path}: no encoding '{encoding}': give one of {string.Join(", ", Encodings)}.");
        }

        return (Strict(name == "gbk" ? "gb18030" : name), 0);
    }

    private static Encoding Strict(string name) => Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Control characters no text document holds (tab, line breaks and the form feed of a page break are text).</summary>
    private static readonly char[] Binary = [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r' or '\f')).Select(c => (char)c)];

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int at)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, at - 1)) + 1;
        return (bytes.AsSpan(0, lineStart).Count((byte)'\n') + 1, at - lineStart + 1);
    }

    private static (int Line, int Column) LineAndColumn(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return (text.AsSpan(0, lineStart).Count('\n') + 1, at - lineStart + 1);
    }
}
