using ScottPlot;

namespace InnoGraph.Bench.Floor;

/// <summary>API and floor p50 at concurrency 1 against the graph's size, one colour per query: solid the API, dashed its floor.</summary>
public static class LatencyPlot
{
    public static void Save(FloorResults results, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var queries = results.Queries.Where(q => q.Concurrency == 1).GroupBy(q => q.Query).ToList();
        for (var i = 0; i < queries.Count; i++)
        {
            var points = queries[i].OrderBy(q => q.Size).ToList();
            double[] xs = [.. points.Select(q => Math.Log10(results.SeedEntities[q.Size]))];
            var color = palette.GetColor(i);
            var api = plot.Add.Scatter(xs, points.Select(q => Math.Log10(q.Api.P50)).ToArray());
            api.Color = color;
            api.LineWidth = 2;
            api.MarkerSize = 7;
            api.LegendText = $"{queries[i].Key} (API)";
            var floor = plot.Add.Scatter(xs, points.Select(q => Math.Log10(q.Raw.P50)).ToArray());
            floor.Color = color;
            floor.LinePattern = LinePattern.Dashed;
            floor.MarkerSize = 4;
            floor.LegendText = $"{queries[i].Key} (floor)";
        }

        plot.Title("p50 latency against graph size (concurrency 1)");
        plot.XLabel("entities in the graph (log scale)");
        plot.YLabel("p50 latency, ms (log scale)");
        var ticksX = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Math.Pow(10, v).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator() };
        var ticksY = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Math.Pow(10, v).ToString("G3", System.Globalization.CultureInfo.InvariantCulture), MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator() };
        plot.Axes.Bottom.TickGenerator = ticksX;
        plot.Axes.Left.TickGenerator = ticksY;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1100, 700);
    }
}
