using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Tables;

/// <summary>What a table's column holds, by its header.</summary>
public enum TableColumnRole
{
    /// <summary>Nothing the rules read (完成时限, 属性, 备注 …).</summary>
    Other,

    /// <summary>序号: the row's number.</summary>
    Number,

    /// <summary>重点任务, 主要任务, 工作任务, 任务名称: the task's name.</summary>
    Task,

    /// <summary>具体内容, 工作内容, 主要内容, 任务内容, 工作举措: what is to be done, read as running text.</summary>
    Content,

    /// <summary>牵头单位, 牵头部门: the units that lead.</summary>
    Lead,

    /// <summary>责任单位, 责任部门, 配合单位, 配合部门, 协办单位: the units that share the task.</summary>
    Units,

    /// <summary>指标名称, 指标: the indicator's name.</summary>
    IndicatorName,

    /// <summary>2025年(基期), 2026年, 2027年目标值: a year's values.</summary>
    Year,

    /// <summary>名称, 机构名称, 平台名称, 单位名称, 项目名称: the listed body's name.</summary>
    BodyName,

    /// <summary>依托单位, 建设单位, 运营单位, 申报单位: the body that hosts the listed one.</summary>
    Host,

    /// <summary>所在地, 所在区域: where the listed body is.</summary>
    Place,

    /// <summary>所在街道, 所在镇(街道), 所在乡镇: the town or street the listed body is in.</summary>
    Town,
}

/// <summary>A column of a table: its role, and for a year's column the year and the words the header adds to it (基期, 预计, 目标值).</summary>
public sealed partial record TableColumn(TableColumnRole Role, int? Year = null, string Note = "")
{
    private static readonly string[] Numbers = ["序号"];
    private static readonly string[] Tasks = ["重点任务", "主要任务", "工作任务", "任务名称", "任务"];
    private static readonly string[] Contents = ["具体内容", "工作内容", "主要内容", "任务内容", "工作举措", "主要举措"];
    private static readonly string[] IndicatorNames = ["指标名称", "指标"];
    private static readonly string[] BodyNames = ["名称", "机构名称", "平台名称", "单位名称", "项目名称"];
    private static readonly string[] Hosts = ["依托单位", "建设单位", "运营单位", "申报单位"];
    private static readonly string[] Places = ["所在地", "所在区域"];
    private static readonly string[] Towns = ["所在街道", "所在镇(街道)", "所在乡镇", "所在乡镇(街道)", "所在镇"];

    /// <summary>A year's column that holds the values the plan starts from: its figures are the year's actual values.</summary>
    private static readonly string[] Base = ["基期", "基数", "现状"];

    /// <summary>The column a header cell (folded to simplified script) names.</summary>
    public static TableColumn Of(string header)
    {
        var words = header.Replace(" ", "", StringComparison.Ordinal);
        if (YearHeader().Match(words) is { Success: true } year)
        {
            return new TableColumn(TableColumnRole.Year, int.Parse(year.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), year.Groups["note"].Value);
        }

        var role = Numbers.Contains(words) ? TableColumnRole.Number
            : Tasks.Contains(words) ? TableColumnRole.Task
            : Contents.Contains(words) ? TableColumnRole.Content
            : IndicatorNames.Contains(words) ? TableColumnRole.IndicatorName
            : BodyNames.Contains(words) ? TableColumnRole.BodyName
            : Hosts.Contains(words) ? TableColumnRole.Host
            : Places.Contains(words) ? TableColumnRole.Place
            : Towns.Contains(words) ? TableColumnRole.Town
            : UnitListRule.IsLabel(words) ? (UnitListRule.IsLeadLabel(words) ? TableColumnRole.Lead : TableColumnRole.Units)
            : TableColumnRole.Other;
        return new TableColumn(role);
    }

    /// <summary>Whether the year's column holds base values (2025年(基期)): actual whatever the year.</summary>
    public bool IsBase => Base.Any(b => Note.Contains(b, StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<year>20\d{2})年?(?<note>[^\d]{0,8})$")]
    private static partial Regex YearHeader();
}
