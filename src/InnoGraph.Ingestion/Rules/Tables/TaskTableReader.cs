namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>
/// A row of a task table is a task: numbered by its 序号 cell (else the next number), named by its 重点任务 cell (else the
/// first clause of its 具体内容 cell); its responsible units are the 牵头单位 cell's, the first of them leading, then those of
/// the 责任单位 and 配合单位 cells in the columns' order (a unit marked 牵头 first in its cell). A continuation line's cells carry on the cells above them.
/// </summary>
public static class TaskTableReader
{
    public const string Method = "task-table";

    /// <summary>The task a row opens, or null for a header, a continuation or a row that names none.</summary>
    public static Heading? Task(string text, TableRow row)
    {
        if (row.IsHeader || row.Continues || !row.IsTaskTable)
        {
            return null;
        }

        var number = row.Cell(text, TableColumnRole.Number) ?? (0, 0);
        var name = row.Cell(text, TableColumnRole.Task);
        if (name is null && row.Cell(text, TableColumnRole.Content) is { } content)
        {
            var clauseEnd = text.IndexOfAny(['，', ',', '。', ';', '；'], content.Start, content.End - content.Start);
            name = clauseEnd == content.Start ? null : (content.Start, clauseEnd < 0 ? content.End : clauseEnd);
        }

        return name is not { } task ? null : new Heading(task.Start, task.End, false, text[number.Start..number.End].TrimEnd('.', '、', '．'), text[task.Start..task.End]);
    }

    /// <summary>The tail of the task's name that a continuation line holds, or null.</summary>
    public static (int Start, int End)? NameTail(string text, TableRow row) => row.Continues ? row.Cell(text, TableColumnRole.Task) : null;

    /// <summary>The line's cells of units, each with its units: the lead's columns first, then the others in the columns' order.</summary>
    public static IEnumerable<UnitList> Units(string text, TableRow row, Func<int, bool>? insideKnownName = null)
    {
        if (row.IsHeader || !row.IsTaskTable)
        {
            yield break;
        }

        foreach (var (_, start, end) in row.Cells(text).Where(c => IsUnits(row.Columns[c.Column].Role)).OrderBy(c => Rank(row, c.Column)))
        {
            var units = UnitListRule.Lead(UnitListRule.Split(text, start, end, insideKnownName));
            if (units.Count > 0)
            {
                yield return new UnitList(start, end, units, false);
            }
        }
    }

    /// <summary>Where a column's units stand in a task's list: the lead's columns first, then the others, each in the columns' order.</summary>
    public static int Rank(TableRow row, int column) => (row.Columns[column].Role == TableColumnRole.Lead ? 0 : row.Columns.Count) + column;

    private static bool IsUnits(TableColumnRole role) => role is TableColumnRole.Lead or TableColumnRole.Units;
}
