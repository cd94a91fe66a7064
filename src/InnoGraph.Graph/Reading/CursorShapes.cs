using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Reading;

/// <summary>The keys each paged field issues, so that its cursors can be checked before they reach Cypher.</summary>
public static class CursorShapes
{
    /// <summary>An <c>entities</c> cursor: name, id.</summary>
    public static string Entities(string cursor) =>
        Cursor.Decode(cursor, 2, parts => parts[1].Length > 0);

    /// <summary>A <c>relations</c> cursor for the ordering: [type or order key,] name, relation id, direction.</summary>
    public static string Relations(string cursor, string orderBy) => orderBy switch
    {
        "TYPE" => Cursor.Decode(cursor, 4, parts => RelationTypes.Find(parts[0]) is not null && Direction(parts[3])),
        "ORDER" => Cursor.Decode(cursor, 4, parts => OrderKeys.IsKey(parts[0]) && Direction(parts[3])),
        _ => Cursor.Decode(cursor, 3, parts => Direction(parts[2])),
    };

    private static bool Direction(string part) => part is "OUT" or "IN";
}
