namespace InnoGraph.Domain.Validation;

/// <summary>What locator checks need to know of a source: whether it is a document, and how many paragraphs it has.</summary>
/// <param name="Id">The source id, e.g. d004.</param>
/// <param name="IsDocument">True for a document (anchors are paragraphs), false for a reference source (anchors are its keys).</param>
/// <param name="Paragraphs">The declared number of paragraphs of a document.</param>
public sealed record SourceFacts(string Id, bool IsDocument, long? Paragraphs);
