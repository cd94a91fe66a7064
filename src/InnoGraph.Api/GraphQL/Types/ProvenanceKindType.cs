using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Whether a fact is stated by a source document or taken from a reference source.</summary>
internal sealed class ProvenanceKindType : EnumerationGraphType
{
    public ProvenanceKindType()
    {
        Name = "ProvenanceKind";
        Add("DOCUMENT", "DOCUMENT", "Stated by one of the source documents.");
        Add("REFERENCE", "REFERENCE", "A reference fact (e.g. an administrative division or a partner's home city).");
    }
}
