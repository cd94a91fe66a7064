using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A source document or reference source as named by provenance.</summary>
internal sealed class SourceDocumentType : ObjectGraphType
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        this.Add("id", typeof(NonNullGraphType<IdGraphType>));
        this.Add("kind", TypeRefs.NonNull("ProvenanceKind"));
        this.Add("title", typeof(StringGraphType));
        this.Add("titleEn", typeof(StringGraphType));
        this.Add("publisher", typeof(StringGraphType));
        this.Add("date", typeof(StringGraphType));
        this.Add("city", typeof(StringGraphType));
        this.Add("file", typeof(StringGraphType));
    }
}
