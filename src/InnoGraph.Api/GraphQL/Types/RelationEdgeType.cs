using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A relation seen from one entity: its properties and the entity at the other end.</summary>
internal sealed class RelationEdgeType : ObjectGraphType
{
    public RelationEdgeType()
    {
        Name = "RelationEdge";
        var byKey = JsonFieldResolver.ByResponseKey;
        this.Add("cursor", typeof(NonNullGraphType<StringGraphType>), resolver: JsonFieldResolver.CursorByResponseKey);
        this.Add("id", typeof(NonNullGraphType<IdGraphType>), "from|TYPE|to, or from|TYPE|to|key.", byKey);
        this.Add("type", typeof(NonNullGraphType<StringGraphType>), "The relation type, e.g. RESPONSIBLE_FOR.", byKey);
        this.Add("direction", TypeRefs.NonNull("Direction"), "OUT when this entity is the relation's start.", byKey);
        this.Add("role", typeof(StringGraphType), "LEAD or CO for responsibilities; the role for co-building.", byKey);
        this.Add("order", typeof(LongGraphType), "The position in the source's list, where it has one.", byKey);
        this.Add("properties", new NonNullGraphType(TypeRefs.Ref("JSON")), "All stored properties of the relation.", byKey);
        this.Add("sources", TypeRefs.NonNullList("Provenance"), "Where the relation is stated.", byKey);
        this.Add("node", TypeRefs.NonNull("Entity"), "The entity at the other end.", byKey);
    }
}
