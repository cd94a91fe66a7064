using System.Text.RegularExpressions;

namespace InnoGraph.Domain.Model;

/// <summary>
/// Where a fact is stated: <c>SOURCE:ANCHOR</c>. For a document the anchor is a paragraph
/// (<c>d004:p13</c>, optionally with a detail such as a task number: <c>d004:p13#t2.1</c>);
/// for a reference source it is a key of that source (<c>ref-gbt2260:330400</c>).
/// </summary>
public sealed partial record Locator(string Source, string Anchor)
{
    /// <summary>The paragraph number when the anchor is <c>pN</c> or <c>pN#...</c>.</summary>
    public int? Paragraph => ParagraphPattern().Match(Anchor) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public override string ToString() => $"{Source}:{Anchor}";

    /// <summary>Parses a locator; on failure says what the form should be.</summary>
    public static bool TryParse(string text, out Locator? locator, out string? error)
    {
        var match = LocatorPattern().Match(text.Trim());
        if (!match.Success)
        {
            locator = null;
            error = $"'{text}' is not a locator: write SOURCE:pN for a paragraph of a document (d001:p9, d004:p13#t2.1) or SOURCE:KEY for a reference source (ref-gbt2260:330400)";
            return false;
        }

        locator = new Locator(match.Groups["source"].Value, match.Groups["anchor"].Value);
        error = null;
        return true;
    }

    [GeneratedRegex(@"^(?<source>[a-z0-9]+(?:-[a-z0-9]+)*):(?<anchor>[A-Za-z0-9][A-Za-z0-9._\-]*(?:#[A-Za-z0-9._\-]+)?)$")]
    private static partial Regex LocatorPattern();

    [GeneratedRegex(@"^p(\d+)(?:#.*)?$")]
    private static partial Regex ParagraphPattern();
}
