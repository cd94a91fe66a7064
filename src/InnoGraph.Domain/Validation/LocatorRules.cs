using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Whether a locator points at something that exists: a known source and, for a document, a
/// paragraph from p1 to its declared count. Seeds check against sources.yaml, writes against the
/// Document nodes of the graph; both give these messages.
/// </summary>
public static class LocatorRules
{
    /// <summary>The message for a fact given no locator.</summary>
    public const string NoneGiven = "give at least one locator saying where the fact is stated (e.g. d004:p13)";

    /// <summary>The message for a locator that is a list or a map instead of a text.</summary>
    public const string NotAText = "a locator is a text such as d001:p9";

    /// <summary>What is wrong with <paramref name="locator"/>, or null; <paramref name="source"/> is null when no source has its id.</summary>
    public static string? Check(Locator locator, SourceFacts? source)
    {
        if (source is null)
        {
            return $"locator {locator} names the source '{locator.Source}', which is not in sources.yaml (no document or reference source has that id)";
        }

        if (!source.IsDocument)
        {
            return null;
        }

        if (locator.Paragraph is not { } paragraph)
        {
            return $"locator {locator}: a document's anchor is a paragraph, pN (e.g. {locator.Source}:p3)";
        }

        if (source.Paragraphs is not { } count || count < 1)
        {
            return $"locator {locator}: {locator.Source} declares no paragraphs, so none of them can be cited";
        }

        return paragraph < 1 || paragraph > count ? $"locator {locator}: {locator.Source} has paragraphs p1 to p{count}" : null;
    }
}
