using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Sources;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class DocumentsField : ReadField
{
    public override string Name => "documents";

    public override IGraphType Type => TypeRefs.NonNullList("SourceDocument");

    public override string Description => "The source documents and reference sources that provenance points into.";

    public override ReadPlan Plan(FieldSelection field) => DocumentsQuery.Plan();
}
