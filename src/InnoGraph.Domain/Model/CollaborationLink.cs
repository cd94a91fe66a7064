namespace InnoGraph.Domain.Model;

/// <summary>
/// One way the documents express collaboration: a relation type, and the kinds at its start and end
/// (empty: any partner kind). <see cref="EitherWay"/> counts the relation stored in either direction.
/// </summary>
public sealed record CollaborationLink(RelationType Type, IReadOnlyList<EntityKind> From, IReadOnlyList<EntityKind> To, bool EitherWay = false);
