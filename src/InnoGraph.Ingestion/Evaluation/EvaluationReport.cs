using System.Globalization;
using System.Text;

namespace InnoGraph.Ingestion.Evaluation;

/// <summary>The leave-one-out scores as Markdown: totals against the goals, each document's figures, then every miss and false proposal.</summary>
public static class EvaluationReport
{
    private static readonly (string Measure, string Figure, double Goal)[] Goals =
    [
        (LeaveOneOut.Entities, "F1", 0.85),
        (LeaveOneOut.UnitLists, "recall (exact lists)", 0.95),
        (LeaveOneOut.Values, "F1", 0.90),
    ];

    public static string Totals(IReadOnlyList<DocumentScores> documents)
    {
        var text = new StringBuilder();
        text.AppendLine("| measure | gold | proposed | correct | precision | recall | F1 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var total in Sum(documents))
        {
            text.AppendLine(Row(total.Measure, total));
        }

        return text.ToString();
    }

    public static string Write(IReadOnlyList<DocumentScores> documents, string header)
    {
        var text = new StringBuilder(header);
        var totals = Sum(documents).ToDictionary(s => s.Measure, StringComparer.Ordinal);
        text.AppendLine("## Totals").AppendLine().Append(Totals(documents)).AppendLine();
        text.AppendLine("| goal | reached |").AppendLine("|---|---|");
        foreach (var (measure, figure, goal) in Goals)
        {
            var score = totals[measure];
            var value = figure == "F1" ? score.F1 : score.Recall;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} {figure} ≥ {goal:0.00} | {value:0.000} {(value >= goal ? "yes" : "no")} |");
        }

        text.AppendLine().AppendLine("## By document").AppendLine();
        text.AppendLine("| document | measure | gold | proposed | correct | precision | recall | F1 |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var document in documents)
        {
            foreach (var score in document.Scores)
            {
                text.AppendLine($"| {document.Source} " + Row(score.Measure, score));
            }
        }

        text.AppendLine().AppendLine("## Every miss and false proposal").AppendLine();
        foreach (var document in documents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {document.Source} ({document.File}; {document.GazetteerRemoved} entities only it names left out of the gazetteer)").AppendLine();
            foreach (var score in document.Scores)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"**{score.Measure}** — missed {score.Missed.Count}, false {score.False.Count}").AppendLine();
                foreach (var missed in score.Missed)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- missed: {missed}");
                }

                foreach (var wrong in score.False)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- false: {wrong}");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static IEnumerable<Score> Sum(IReadOnlyList<DocumentScores> documents) =>
        documents.SelectMany(d => d.Scores).GroupBy(s => s.Measure, StringComparer.Ordinal).Select(g => Score.Sum(g.Key, g));

    private static string Row(string measure, Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"| {measure} | {s.Gold} | {s.Proposed} | {s.Correct} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |");
}
