using InnoGraph.Ingestion.Rules.Tables;

namespace InnoGraph.Ingestion.Normalisation;

/// <summary>One paragraph of a document: its number (<c>pN</c>), its original line and its normalised form.</summary>
public sealed record Paragraph(int Number, NormalisedText Text)
{
    public string Original => Text.Original;

    /// <summary>Whether a page number opened the line (dropped as debris): the paragraph may carry on the sentence a page break cut.</summary>
    public bool OpensPage { get; init; }

    /// <summary>The paragraph's place in a table copied from the document (<see cref="TableLayout"/>), or null for running text.</summary>
    public TableRow? Row { get; init; }
}

/// <summary>
/// A document's text split the way locators count: paragraphs are the non-blank lines, numbered
/// from 1 (see seeds/README.md), each normalised with its page-number debris dropped.
/// </summary>
public sealed class SourceText
{
    private SourceText(IReadOnlyList<Paragraph> paragraphs) => Paragraphs = paragraphs;

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public static SourceText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .ToList();
        var skip = PageDebris.Find(lines);
        var rows = TableLayout.Find(lines);
        return new SourceText([.. lines.Select((l, i) => skip[i] == 0 && rows[i] is { } row
            ? new Paragraph(i + 1, TextNormaliser.Normalise(l, 0, row.Separators)) { Row = row }
            : new Paragraph(i + 1, TextNormaliser.Normalise(l, skip[i])) { OpensPage = skip[i] > 0 })]);
    }
}
