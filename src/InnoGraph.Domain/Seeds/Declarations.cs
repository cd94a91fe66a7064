using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>A source as declared in <c>sources</c>.</summary>
public sealed record SourceDeclaration(string Id, string SourceKind, long? Paragraphs, GraphEntity Entity, SeedPosition Position);

/// <summary>An entity as declared in <c>entities</c>, with the locators it was given there.</summary>
public sealed record EntityDeclaration(GraphEntity Entity, SeedPosition Position, IReadOnlyList<(Locator Locator, SeedPosition Position)> Locators);

/// <summary>A relation or observation, with the positions of its endpoints for error reports.</summary>
public sealed record RelationDeclaration(
    GraphRelation Relation,
    SeedPosition Position,
    string Path,
    SeedPosition FromPosition,
    SeedPosition ToPosition,
    IReadOnlyList<(Locator Locator, SeedPosition Position)> Locators);

/// <summary>An entity declared elsewhere, named in another place too.</summary>
public sealed record MentionDeclaration(string EntityId, SeedPosition Position, string Path, IReadOnlyList<(Locator Locator, SeedPosition Position)> Locators);
