using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Where a fact comes from.</summary>
internal sealed class ProvenanceType : ObjectGraphType
{
    public ProvenanceType()
    {
        Name = "Provenance";
        this.Add("locator", typeof(NonNullGraphType<StringGraphType>), "SOURCE:ANCHOR, e.g. d004:p13#t2.1 or ref-gbt2260:330400.");
        this.Add("kind", TypeRefs.NonNull("ProvenanceKind"), resolver: ProvenanceSourceResolver.Kind);
        this.Add("document", TypeRefs.Ref("SourceDocument"), "The document or reference source the locator points into.", ProvenanceSourceResolver.Document);
    }
}
