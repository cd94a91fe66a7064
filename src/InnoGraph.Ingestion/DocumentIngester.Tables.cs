using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;
using InnoGraph.Ingestion.Rules.Tables;

namespace InnoGraph.Ingestion;

public sealed partial class DocumentIngester
{
    /// <summary>Tables copied from the document: a task table's rows as tasks with their units, an indicator table's as values by year.</summary>
    private sealed partial class Run
    {
        /// <summary>The task of the task table's row being read, and its units so far: a continuation line may add to any of its cells.</summary>
        private (string Task, List<(int Rank, Paragraph Paragraph, Mention Unit)> Units)? _tableTask;

        /// <summary>A task table's row: its task, and its units added to those the row has so far.</summary>
        private void ReadTaskRow(Paragraph paragraph, TableRow row, List<(UnitList List, List<Mention> Units)> units)
        {
            var text = paragraph.Text.Text;
            if (TaskTableReader.Task(text, row) is { } heading)
            {
                AddTask(paragraph, Numbered(heading));
                _tableTask = (_task!, []);
                _task = null;
            }
            else if (_tableTask is { } open && row.Continues)
            {
                var task = Entities[open.Task];
                var span = TaskTableReader.NameTail(text, row) ?? (0, 0);
                Entities[open.Task] = task with
                {
                    Name = task.Name + text[span.Start..span.End],
                    Evidence = [.. task.Evidence, Evidence(paragraph, span.Start, span.End, TaskTableReader.Method, 0.6)],
                };
            }

            if (_tableTask is { } current)
            {
                current.Units.AddRange(units.SelectMany(u => u.Units.Select(m => (TaskTableReader.Rank(row, row.ColumnAt(text, u.List.Start)), paragraph, m))));
            }
        }

        /// <summary>The end of a task table's row: its units, the lead's cells first and each cell's tails after it, become its list.</summary>
        public void FinishTableRow()
        {
            if (_tableTask is not { } done)
            {
                return;
            }

            var ordered = done.Units.OrderBy(u => u.Rank).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                AddResponsible(ordered[i].Paragraph, ordered[i].Unit, i, done.Task, TaskTableReader.Method);
            }

            _tableTask = null;
        }

        /// <summary>
        /// An indicator table's row: the graph's indicator of the name cell (by its name or a variant), else a new one, added to
        /// <paramref name="mentions"/> in place of indicators named inside the cell; its values, one for each year column.
        /// </summary>
        private List<IndicatorValue> TableIndicators(Paragraph paragraph, TableRow row, List<Mention> mentions)
        {
            if (city is null || IndicatorTableReader.Find(paragraph.Text.Text, row, Years.Present) is not { Figures.Count: > 0 } found)
            {
                return [];
            }

            var written = found.WrittenUnit ?? found.Figures.Select(f => f.WrittenUnit).FirstOrDefault(u => u is not null) ?? "";
            var known = KnownIndicator.Find(gazetteer, found.Name, null, IndicatorValueRule.Unit(null, written) ?? "");
            var knownUnit = known?.Properties.GetValueOrDefault("unit") as string;
            var unit = IndicatorValueRule.Unit(knownUnit, written) ?? knownUnit ?? IndicatorValueRule.Unit(null, written) ?? written;
            var indicator = known is not null
                ? _resolver.Resolve(new GazetteerMatch(found.Start, found.End, found.Name, [known])) with { Method = IndicatorTableReader.Method + "+gazetteer" }
                : NewIndicator(found.Start, found.End, found.Name, unit, IndicatorTableReader.Method, "new indicator from a table's row: check its name and unit");
            mentions.RemoveAll(m => (m.Kind == EntityKind.Indicator || m.IsNew) && m.Start < found.End && found.Start < m.End);
            mentions.Add(indicator);
            return [.. found.Figures.Select(f => new IndicatorValue(f.Start, f.End, indicator.Id, city.Id, f.Year, f.Value, unit, f.Status, f.Qualifier, null))];
        }
    }
}
