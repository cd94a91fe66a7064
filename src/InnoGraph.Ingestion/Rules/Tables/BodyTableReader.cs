namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>A list's row: the spans of its name cell, of its host's cell and of its place's cell (each null when the row has none), and whether the place is a town or street by its column.</summary>
public sealed record ListedBody((int Start, int End) Name, (int Start, int End)? Host, (int Start, int End)? Place, bool PlaceIsTown);

/// <summary>
/// A row of a list of bodies (认定名单, 一览表: 名称, 依托单位, 所在街道 …) names one body by its name cell, whole; its host by
/// the 依托单位 (建设单位, 运营单位, 申报单位) cell; its place by the 所在地 or 所在区域 cell, or by the 所在街道 (所在镇(街道),
/// 所在乡镇) cell, which holds a town or street. A town-level place a column of another header holds ends with 镇 or 乡.
/// </summary>
public static class BodyTableReader
{
    public const string Method = "body-table";

    private static readonly char[] TownEnds = ['镇', '乡'];

    /// <summary>The body a row lists, or null for a header, a continuation or a row without a name.</summary>
    public static ListedBody? Find(string text, TableRow row)
    {
        if (row.IsHeader || row.Continues || !row.IsBodyTable || row.Cell(text, TableColumnRole.BodyName) is not { } name)
        {
            return null;
        }

        var town = row.Cell(text, TableColumnRole.Town);
        var place = town ?? row.Cell(text, TableColumnRole.Place);
        return new ListedBody(name, row.Cell(text, TableColumnRole.Host), place, town is not null || place is { } p && TownEnds.Contains(text[p.End - 1]));
    }
}
