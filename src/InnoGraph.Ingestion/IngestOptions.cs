using System.Globalization;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion;

/// <summary>What the caller says of the document: its source id (<c>dNNN</c>), file name, title, city (a region id or name) and date (YYYY-MM-DD).</summary>
public sealed record IngestOptions(string SourceId, string File, string? Title = null, string? City = null, string? Date = null)
{
    /// <summary>The last year of the period a plan's title states (…(2023—2027年)), when it states one.</summary>
    public int? PeriodEnd => Title is null ? null : Rules.Indicators.PlanPeriod.End(Title);

    /// <summary>The options of a document a seed source declares: its id, file, title, city and date.</summary>
    public static IngestOptions Of(GraphEntity source) =>
        new(source.Id, (string)source.Properties["file"], source.Name, source.Properties.GetValueOrDefault("city") as string,
            source.Properties.TryGetValue("date", out var date) ? Convert.ToString(date, CultureInfo.InvariantCulture) : null);

    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), CultureInfo.InvariantCulture, out var y) ? y : null;
}
