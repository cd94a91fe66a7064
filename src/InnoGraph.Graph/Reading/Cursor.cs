using System.Buffers.Text;
using System.Text;

namespace InnoGraph.Graph.Reading;

/// <summary>
/// Cursors are the sort key of the last edge seen, made opaque. Paging continues strictly after
/// that key, so inserts and deletes between pages never repeat or skip an edge that stays.
/// A key is its parts joined by U+0001; each field decodes a cursor only into a key of its own
/// shape, so a forged cursor, one of another field or one of another ordering is refused instead
/// of silently starting the page somewhere arbitrary.
/// </summary>
public static class Cursor
{
    public const char Separator = '\u0001';

    private const string Refusal = "The cursor is not one this field issued; pass an endCursor from a previous page of the same field and ordering.";

    // Strict: random bytes are refused rather than read as replacement characters.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string Decode(string cursor)
    {
        try
        {
            return Strict.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new TranslationException(RefusalCodes.BadCursor, Refusal);
        }
    }

    /// <summary>Decodes a cursor into a key of <paramref name="arity"/> parts that <paramref name="fits"/> accepts.</summary>
    public static string Decode(string cursor, int arity, Func<string[], bool> fits)
    {
        var key = Decode(cursor);
        var parts = key.Split(Separator);
        if (parts.Length != arity || !fits(parts))
        {
            throw new TranslationException(RefusalCodes.BadCursor, Refusal);
        }

        return key;
    }
}
