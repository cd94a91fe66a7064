using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>The fields every entity has, on the <c>Entity</c> interface and on each kind's type.</summary>
internal static class EntityFields
{
    public static void AddTo(IComplexGraphType type)
    {
        // Interface fields must not carry resolvers; the kind types' fields do.
        var byKey = type is IInterfaceGraphType ? null : JsonFieldResolver.ByResponseKey;
        type.Add("id", typeof(NonNullGraphType<IdGraphType>), resolver: byKey);
        type.Add("kind", typeof(NonNullGraphType<StringGraphType>), "The entity kind, e.g. Institute.", byKey);
        type.Add("name", typeof(NonNullGraphType<StringGraphType>), "The canonical name, in simplified Chinese where the sources are Chinese.", byKey);
        type.Add("nameEn", typeof(StringGraphType), "The English name.", byKey);
        type.Add("aliases", TypeRefs.NonNullList("Alias"), "Every other name the sources use.", byKey);
        type.Add("sources", TypeRefs.NonNullList("Provenance"), "Where the entity is named.", byKey);
        type.Add("origin", typeof(StringGraphType), "seed (loaded from the curated dataset) or api (written through the API).", byKey);
        type.Add("updatedBy", typeof(StringGraphType), "Who last wrote it through the API.", byKey);
        type.Add("updatedAt", typeof(StringGraphType), "When it was last written through the API (ISO 8601, UTC).", byKey);
        type.Add(
            "relations",
            TypeRefs.NonNull("RelationConnection"),
            "Relations of this entity, in either direction, filtered, ordered and paged by cursor.",
            byKey,
            new QueryArguments(
                FieldDefinitions.Argument("direction", TypeRefs.Ref("Direction"), "OUT, IN or BOTH.", "BOTH"),
                FieldDefinitions.Argument("types", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), "Relation types, e.g. [CO_BUILT_WITH]."),
                FieldDefinitions.Argument("kinds", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), "Kinds of the entity at the other end."),
                FieldDefinitions.Argument("text", typeof(StringGraphType), "Part of a name of the entity at the other end."),
                FieldDefinitions.Argument("orderBy", TypeRefs.Ref("RelationOrder"), null, "NAME"),
                FieldDefinitions.Argument("first", typeof(IntGraphType), "Page size, at most 100.", 20),
                FieldDefinitions.Argument("after", typeof(StringGraphType), "The endCursor of the previous page.")));
    }
}
