using System.Buffers.Text;
using System.Text;

namespace InnoGraph.Api.Translation;

/// <summary>
/// Cursors are the sort key of the last edge seen, made opaque. Paging continues strictly after
/// that key, so inserts and deletes between pages never repeat or skip an edge that stays.
/// </summary>
internal static class Cursor
{
    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw new TranslationException(ErrorCodes.BadCursor, "The cursor is not one this API issued; pass an endCursor from a previous page.");
        }
    }
}
