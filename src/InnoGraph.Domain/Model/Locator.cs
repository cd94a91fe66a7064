using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Domain.Model;

/// <summary>
/// Where a fact is stated: <c>SOURCE:ANCHOR</c>. For a document the anchor is a paragraph
/// (<c>d004:p13</c>, optionally with a detail such as a task number: <c>d004:p13#t2.1</c>);
/// for a reference source it is a key of that source (<c>ref-gbt2260:330400</c>).
/// Whether the paragraph exists is <see cref="Validation.LocatorRules"/>'s to say.
/// </summary>
public sealed partial record Locator(string Source, string Anchor)
{
    /// <summary>Between the source and the anchor.</summary>
    public const char Separator = ':';

    /// <summary>
    /// The paragraph number when the anchor is <c>pN</c> or <c>pN#...</c>; a number too large for
    /// 64 bits is <see cref="long.MaxValue"/>, which no document reaches.
    /// </summary>
    public long? Paragraph => ParagraphPattern().Match(Anchor) is { Success: true } m
        ? long.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue
        : null;

    public override string ToString() => $"{Source}{Separator}{Anchor}";

    /// <summary>Parses a locator; on failure says what the form should be.</summary>
    public static bool TryParse(string text, out Locator? locator, out string? error)
    {
        var match = LocatorPattern().Match(text);
        if (!match.Success)
        {
            locator = null;
            error = $"{Validation.Quoted.Of(text)} is not a locator: write SOURCE:pN for a paragraph of a document (d001:p9, d004:p13#t2.1) or SOURCE:KEY for a reference source (ref-gbt2260:330400)";
            return false;
        }

        locator = new Locator(match.Groups["source"].Value, match.Groups["anchor"].Value);
        error = null;
        return true;
    }

    // \z, not $ ('$' matches before a final '\n'); [0-9], not \d (which takes every script's digits).
    [GeneratedRegex(@"^(?<source>[a-z0-9]+(?:-[a-z0-9]+)*):(?<anchor>[A-Za-z0-9][A-Za-z0-9._\-]*(?:#[A-Za-z0-9._\-]+)?)\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocatorPattern();

    [GeneratedRegex(@"^p([0-9]+)(?:#.*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphPattern();
}
