using System.Text;

namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>
/// A table's line as the running-text rules read it: each cell a sentence of its own (its separators read as full stops) and the
/// cells that hold no running text (序号, the year columns, 完成时限, 属性 …) blanked. The length stays, so every span still points into the line.
/// </summary>
public static class TableReading
{
    public static string Text(string text, TableRow row)
    {
        var reading = new StringBuilder(text.Replace('\t', '。'));
        foreach (var (column, start, end) in row.Cells(text))
        {
            if (row.IsHeader || !IsRead(row.Columns[column].Role))
            {
                reading.Remove(start, end - start).Insert(start, new string(' ', end - start));
            }
        }

        return reading.ToString();
    }

    private static bool IsRead(TableColumnRole role) =>
        role is TableColumnRole.Task or TableColumnRole.Content or TableColumnRole.Lead or TableColumnRole.Units or TableColumnRole.IndicatorName;
}
