using System.Globalization;
using System.Text.RegularExpressions;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>A value of an indicator table's year column: its cell's span, the column's year, the status and the qualifier the cell writes.</summary>
public sealed record TableFigure(int Start, int End, int Year, decimal Value, string? WrittenUnit, string Status, string? Qualifier);

/// <summary>An indicator table's row: the name cell's span and words, the unit its unit cell writes, and a figure for each year column.</summary>
public sealed record IndicatorRow(int Start, int End, string Name, string? WrittenUnit, IReadOnlyList<TableFigure> Figures);

/// <summary>
/// A row of an indicator table (指标名称, a unit's column, year columns, 属性 …) gives one value for each year column: the
/// indicator by the name cell, the unit by the cell that writes one (%, 家, 亿元 …) or the brackets that close the name (研发投入强度(%)), the status by the column's year as the
/// running-text rules decide it (a column of base values, 基期/基数/现状, or a year not after the document's present is actual,
/// a later year a target, 预计 an estimate) and the qualifier by the cell's words (左右 about, 以上/超过 over, 不低于 at-least).
/// Other columns (属性: 预期性/约束性) hold no figure.
/// </summary>
public static partial class IndicatorTableReader
{
    public const string Method = "indicator-table";

    /// <param name="present">The year the document speaks as of (<see cref="YearContext.Present"/>).</param>
    public static IndicatorRow? Find(string text, TableRow row, int? present)
    {
        if (row.IsHeader || row.Continues || !row.IsIndicatorTable)
        {
            return null;
        }

        if (row.Cell(text, TableColumnRole.IndicatorName) is not { } name)
        {
            return null;
        }

        var cells = row.Cells(text);
        var unit = cells.Where(c => row.Columns[c.Column].Role == TableColumnRole.Other).Select(c => text[c.Start..c.End])
            .FirstOrDefault(c => IndicatorValueRule.Unit(null, c) is not null);
        if (unit is null && UnitInName().Match(text, name.Start, name.End - name.Start) is { Success: true } inName && IndicatorValueRule.Unit(null, inName.Groups["unit"].Value) is not null)
        {
            // 研发投入强度(%): a table without a unit's column writes the unit after the name.
            unit = inName.Groups["unit"].Value;
            name = name with { End = inName.Groups["unit"].Index - 1 };
        }

        var figures = new List<TableFigure>();
        foreach (var (column, start, end) in cells.Where(c => row.Columns[c.Column].Role == TableColumnRole.Year))
        {
            if (ValueCell().Match(text, start, end - start) is not { Success: true } value || value.Length != end - start)
            {
                continue;
            }

            var header = row.Columns[column];
            var year = header.Year!.Value;
            figures.Add(new TableFigure(start, end, year, decimal.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture), value.Groups["unit"].Success ? value.Groups["unit"].Value : null,
                header.IsBase ? "actual" : IndicatorValueRule.Status(header.Note, year, present), IndicatorValueRule.Qualifier(value.Groups["pre"].Value + value.Groups["post"].Value)));
        }

        return new IndicatorRow(name.Start, name.End, text[name.Start..name.End], unit, figures);
    }

    [GeneratedRegex(@"[(（](?<unit>[^()（）]{1,3})[)）]$")]
    private static partial Regex UnitInName();

    [GeneratedRegex(@"\G(?<pre>超过|突破|达到|不低于|不少于)?\s*(?<num>\d+(?:\.\d+)?)\s*(?<unit>%|亿元|万元|万人|家|个|项|件|人|名)?\s*(?<post>以上|左右|以内)?")]
    private static partial Regex ValueCell();
}
