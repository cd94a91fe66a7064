using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>A whitespace run [Start, End) of a table's line that parts its cells: it stands for <see cref="Cells"/> cell boundaries (two tabs: an empty cell between).</summary>
public readonly record struct ColumnSeparator(int Start, int End, int Cells);

/// <summary>
/// A line of a table copied from a document: the table's columns (by its header), whether it is the header itself or a
/// continuation (a row whose cells wrapped: it holds the tails of the cells above it), and the separators of its cells.
/// The normalised text of such a line keeps each separator as tabs, so its cells are its tab-separated parts, by column.
/// </summary>
/// <param name="Skipped">How many leading columns the line leaves out: with single spaces, the cells merged with a row above (a category's).</param>
public sealed record TableRow(IReadOnlyList<TableColumn> Columns, bool IsHeader, bool Continues, IReadOnlyList<ColumnSeparator> Separators, int Skipped = 0)
{
    /// <summary>The cells of the line's normalised text: column index and span, trimmed; a column the header lacks is left out.</summary>
    public IReadOnlyList<(int Column, int Start, int End)> Cells(string text)
    {
        var cells = new List<(int, int, int)>();
        var start = 0;
        for (var column = Skipped; start <= text.Length; column++)
        {
            var end = text.IndexOf('\t', start);
            end = end < 0 ? text.Length : end;
            var (s, e) = (start, end);
            while (s < e && text[s] == ' ')
            {
                s++;
            }

            while (e > s && text[e - 1] == ' ')
            {
                e--;
            }

            if (column < Columns.Count)
            {
                cells.Add((column, s, e));
            }

            start = end + 1;
        }

        return cells;
    }

    /// <summary>The first cell of the line in a column of <paramref name="role"/> that holds words, or null.</summary>
    public (int Start, int End)? Cell(string text, TableColumnRole role) =>
        Cells(text).FirstOrDefault(c => Columns[c.Column].Role == role && c.End > c.Start) is { End: > 0 } cell ? (cell.Start, cell.End) : null;

    /// <summary>The column of the cell that holds the normalised text's character <paramref name="at"/>.</summary>
    public int ColumnAt(string text, int at) => Skipped + text.AsSpan(0, at).Count('\t');

    public bool IsTaskTable => Columns.Any(c => c.Role is TableColumnRole.Lead or TableColumnRole.Units);

    public bool IsIndicatorTable => Columns.Any(c => c.Role == TableColumnRole.IndicatorName) && Columns.Any(c => c.Role == TableColumnRole.Year);

    public bool IsBodyTable => Columns.Any(c => c.Role == TableColumnRole.BodyName) && Columns.Any(c => c.Role is TableColumnRole.Host or TableColumnRole.Place or TableColumnRole.Town);
}

/// <summary>
/// Finds the tables among a document's lines. A table opens with a header row whose cells (parted by a tab or a run of two
/// or more spaces, or by single spaces when its cells hold none) name its columns (<see cref="TableColumn.Of"/>): a task
/// table's (序号, 重点任务, 具体内容, 牵头单位/责任单位/配合单位 …), an indicator table's (指标名称 and year columns) or a
/// list of bodies' (名称 and 依托单位 or 所在街道 …). Its rows
/// follow it: lines parted the same way into two cells or more; a line that opens with a separator continues the row above
/// (its cells are the tails of that row's: by tabs, or for runs of spaces by the column its text stands under); with single
/// spaces, a row has as many cells as the header, or up to two fewer, the leading cells it shares with a row above (a
/// category's, merged). A short line of one cell between two rows (创新投入) names a category of the rows after it. Another
/// header opens a table of its own; the first line of another shape ends the table.
/// </summary>
public static class TableLayout
{
    private const int MaxHeaderCell = 16;

    /// <summary>For each line, its place in a table, or null.</summary>
    public static TableRow?[] Find(IReadOnlyList<string> lines)
    {
        var rows = new TableRow?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var narrow in new[] { false, true })
            {
                var separators = Separators(lines[i], narrow);
                var columns = HeaderColumns(lines[i], separators);
                if (columns is null)
                {
                    continue;
                }

                rows[i] = new TableRow(columns, true, false, separators);
                var j = i + 1;
                for (; j < lines.Count && !IsHeader(lines[j]); j++)
                {
                    var row = Row(lines[j], lines[j - 1], rows[j - 1]!, columns, narrow)
                        ?? (IsCategory(lines[j]) && j + 1 < lines.Count && Row(lines[j + 1], lines[j], rows[j - 1]!, columns, narrow) is not null
                            ? new TableRow(columns, false, false, [])
                            : null);
                    if (row is null)
                    {
                        break;
                    }

                    rows[j] = row;
                }

                i = j - 1;
                break;
            }
        }

        return rows;
    }

    private static bool IsHeader(string line) => new[] { false, true }.Any(narrow => HeaderColumns(line, Separators(line, narrow)) is not null);

    /// <summary>A line of one short cell, without the punctuation of a sentence: a category's name between a table's rows.</summary>
    private static bool IsCategory(string line) =>
        line.Trim() is { Length: > 0 and <= MaxHeaderCell } cell && !cell.Any(c => TextNormaliser.IsSpace(c) || IsSentencePunctuation(c));

    private static bool IsSentencePunctuation(char c) => "。，,；;：:".Contains(c, StringComparison.Ordinal);

    private static List<TableColumn>? HeaderColumns(string line, IReadOnlyList<ColumnSeparator> separators)
    {
        var cells = CellTexts(line, separators);
        if (cells.Count < 3 || cells.Any(c => c.Length is 0 or > MaxHeaderCell))
        {
            return null;
        }

        var columns = cells.Select(c => TableColumn.Of(Folded(c))).ToList();
        var header = new TableRow(columns, true, false, separators);
        return columns.Count(c => c.Role != TableColumnRole.Other) >= 2
            && (header.IsTaskTable && columns.Any(c => c.Role is TableColumnRole.Task or TableColumnRole.Content) || header.IsIndicatorTable || header.IsBodyTable) ? columns : null;
    }

    private static TableRow? Row(string line, string above, TableRow aboveRow, IReadOnlyList<TableColumn> columns, bool narrow)
    {
        var separators = Separators(line, narrow);
        var cells = CellTexts(line, separators);
        if (narrow)
        {
            return cells.Count <= columns.Count && cells.Count >= Math.Max(2, columns.Count - 2) && cells.All(c => c.Length > 0 && !c.Any(IsSentencePunctuation))
                ? new TableRow(columns, false, false, separators, columns.Count - cells.Count) : null;
        }

        if (line.Length > 0 && TextNormaliser.IsSpace(line[0]))
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                separators = Aligned(line, above, aboveRow.Separators, separators);
            }

            return cells.Count(c => c.Length > 0) >= 1 ? new TableRow(columns, false, true, separators) : null;
        }

        return cells.Count(c => c.Length > 0) >= 2 ? new TableRow(columns, false, false, separators) : null;
    }

    /// <summary>
    /// The separators of a line: every run of whitespace when <paramref name="narrow"/>, else each tab and each run of two or
    /// more spaces (a single space stays inside its cell); a run at the line's start parts empty cells, one at its end nothing.
    /// </summary>
    internal static List<ColumnSeparator> Separators(string line, bool narrow)
    {
        var found = new List<ColumnSeparator>();
        for (var i = 0; i < line.Length; i++)
        {
            if (!TextNormaliser.IsSpace(line[i]))
            {
                continue;
            }

            var end = i;
            while (end < line.Length && TextNormaliser.IsSpace(line[end]))
            {
                end++;
            }

            var tabs = line.AsSpan(i, end - i).Count('\t');
            var cells = narrow ? (i == 0 ? 0 : 1) : tabs > 0 ? tabs : end - i >= 2 ? 1 : 0;
            if (cells > 0 && end < line.Length)
            {
                found.Add(new ColumnSeparator(i, end, cells));
            }

            i = end - 1;
        }

        return found;
    }

    /// <summary>A continuation parted by spaces: each of its cells goes under the column of the line above whose text starts nearest above it.</summary>
    private static List<ColumnSeparator> Aligned(string line, string above, IReadOnlyList<ColumnSeparator> aboveSeparators, List<ColumnSeparator> separators)
    {
        var starts = new List<int> { 0 };
        starts.AddRange(aboveSeparators.SelectMany(s => Enumerable.Repeat(Width(above, s.End), s.Cells)));
        int ColumnAt(int at) => Enumerable.Range(0, starts.Count).MinBy(c => Math.Abs(starts[c] - Width(line, at)));

        var leading = 0;
        while (leading < line.Length && TextNormaliser.IsSpace(line[leading]))
        {
            leading++;
        }

        var aligned = new List<ColumnSeparator>();
        var column = ColumnAt(leading);
        if (column > 0)
        {
            aligned.Add(new ColumnSeparator(0, leading, column));
        }

        foreach (var separator in separators.Where(s => s.Start > 0))
        {
            var next = Math.Max(column + 1, ColumnAt(separator.End));
            aligned.Add(separator with { Cells = next - column });
            column = next;
        }

        return aligned;
    }

    /// <summary>How wide the text before <paramref name="at"/> is displayed: a Chinese or full-width character takes two places.</summary>
    private static int Width(string line, int at) => line[..at].Sum(c => c == '\t' ? 8 : c > '\u2E80' ? 2 : 1);

    private static List<string> CellTexts(string line, IReadOnlyList<ColumnSeparator> separators)
    {
        var cells = new List<string>();
        var start = 0;
        foreach (var separator in separators)
        {
            cells.Add(line[start..separator.Start].Trim());
            cells.AddRange(Enumerable.Repeat("", separator.Cells - 1));
            start = separator.End;
        }

        cells.Add(line[start..].Trim());
        return cells;
    }

    private static string Folded(string cell) => new([.. ChineseScript.ToSimplified(cell).Select(TextNormaliser.Fold)]);
}
