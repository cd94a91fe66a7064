using System.Buffers.Text;
using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Cursors the API never issued: random base64, text, invalid UTF-8 inside, another field's cursor,
/// cut-off cursors. Each must be refused with BAD_CURSOR, never silently taken as a position.
/// </summary>
internal static class ForgedCursors
{
    public const string Family = "forged-cursor";

    private const string Separator = "\u0001";

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var random = cases.Random;
        var forged = new List<(string Description, string Cursor, bool ForEntities, bool ForRelations)>();
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 48)];
            random.NextBytes(bytes);
            for (var b = 0; b < bytes.Length; b++)
            {
                bytes[b] = bytes[b] == 1 ? (byte)2 : bytes[b]; // never the separator: never the right shape by chance
            }

            forged.Add(($"random bytes ({bytes.Length})", Base64Url.EncodeToString(bytes), true, true));
            forged.Add(($"random bytes, standard base64 ({bytes.Length})", Convert.ToBase64String(bytes), true, true));
        }

        for (var i = 0; i < 10; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            forged.Add(($"base64 of '{text}'", Encode(text), true, true));
            forged.Add(($"plain text '{text}'", text + "!", true, true));
        }

        forged.Add(("invalid UTF-8 inside", Base64Url.EncodeToString([0xff, 0xfe, 0x01, 0xc0, 0x80]), true, true));
        forged.Add(("a lone surrogate encoded as UTF-8 inside", Base64Url.EncodeToString([0x61, 0x01, 0xed, 0xa0, 0x80]), true, true));
        forged.Add(("a relations cursor", context.RelationsCursor, true, false));
        forged.Add(("a relations-by-type cursor", context.RelationsByTypeCursor, true, false));
        forged.Add(("an entities cursor", context.EntitiesCursor, false, true));
        foreach (var (name, cursor) in new[] { ("entities", context.EntitiesCursor), ("relations", context.RelationsCursor) })
        {
            forged.Add(($"a {name} cursor cut to an impossible length", Cut(cursor), true, true));
            var key = Decode(cursor);
            forged.Add(($"a {name} cursor without its last part", Encode(key[..key.LastIndexOf(Separator, StringComparison.Ordinal)]), name == "entities", true));
            forged.Add(($"a {name} cursor with a part added", Encode(key + Separator + "x" + Separator + "y"), true, true));
            // A decoder may tolerate padding and white space; what it then decodes is the issued cursor.
            forged.Add(($"a {name} cursor with padding", cursor + "==", false, false));
            forged.Add(($"a {name} cursor with a space", " " + cursor, false, false));
            forged.Add(($"a {name} cursor twice", cursor + cursor, true, true));
        }

        forged.Add(("60,000 characters of base64", Base64Url.EncodeToString(Encoding.UTF8.GetBytes(new string('a', 45_000))), true, true));
        forged.Add(("only separators", Encode(Separator + Separator + Separator), false, false));

        foreach (var (description, cursor, forEntities, forRelations) in forged)
        {
            var entities = forEntities ? Expect.ErrorCode("BAD_CURSOR") : null;
            var relations = forRelations ? Expect.ErrorCode("BAD_CURSOR") : null;
            cases.Add($"entities(after: {description})", GraphQLRequests.Post("query($c: String) { entities(first: 5, after: $c) { edges { cursor node { id } } } }", new { c = cursor }), entities);
            cases.Add($"entities(kind: Institute, after: {description}) in the document", GraphQLRequests.Post($"{{ entities(kind: \"Institute\", first: 5, after: {GraphQLRequests.GraphQLLiteral(cursor)}) {{ edges {{ cursor }} }} }}"), entities);
            foreach (var order in new[] { "NAME", "TYPE", "ORDER" })
            {
                cases.Add($"relations(orderBy: {order}, after: {description})", GraphQLRequests.Post($"query($c: String) {{ entity(id: \"{HostileContext.Hub}\") {{ relations(orderBy: {order}, first: 5, after: $c) {{ edges {{ cursor id }} }} }} }}", new { c = cursor }), order == "NAME" ? relations : null);
            }
        }

        return cases.Cases;
    }

    /// <summary>Base64 without padding can never be 4n+1 characters long.</summary>
    private static string Cut(string cursor)
    {
        var length = cursor.Length - 1;
        while (length % 4 != 1)
        {
            length--;
        }

        return cursor[..length];
    }

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static string Decode(string cursor) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
}
