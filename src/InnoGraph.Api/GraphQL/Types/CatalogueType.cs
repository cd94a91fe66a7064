using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>What the graph can hold: kinds, relation types and their typed properties.</summary>
internal sealed class CatalogueType : ObjectGraphType
{
    public CatalogueType()
    {
        Name = "Catalogue";
        this.Add("kinds", TypeRefs.NonNullList("KindInfo"));
        this.Add("relationTypes", TypeRefs.NonNullList("RelationTypeInfo"));
    }
}
