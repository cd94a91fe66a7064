using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>One proposal of an ingested document, flattened for a review screen.</summary>
internal sealed record Proposal(
    string What, string Id, string? Kind, string? Name, bool IsNew, string? From, string? Type, string? To,
    string Locator, int Start, int End, string Text, string Method, double Confidence, string? Review);

/// <summary>What <c>ingestDocument</c> answers: the proposals by confidence and the draft seed file.</summary>
internal sealed record Ingestion(string Source, int Paragraphs, IReadOnlyList<Proposal> Proposals, string Draft);

internal sealed class ProposalType : ObjectGraphType<Proposal>
{
    public ProposalType()
    {
        Name = "Proposal";
        Description = "An entity, relation or observation proposed from a document, with the words it was read from.";
        Field<NonNullGraphType<StringGraphType>>("what").Description("entity, relation or observation.").Resolve(c => c.Source.What);
        Field<NonNullGraphType<StringGraphType>>("id").Description("The entity's id (known or proposed) or the relation's id.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("kind").Description("An entity's kind.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("name").Description("An entity's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("isNew").Description("True for an entity the graph does not have yet.").Resolve(c => c.Source.IsNew);
        Field<StringGraphType>("from").Resolve(c => c.Source.From);
        Field<StringGraphType>("type").Resolve(c => c.Source.Type);
        Field<StringGraphType>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("locator").Description("dNNN:pN, the paragraph.").Resolve(c => c.Source.Locator);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where the words start in the paragraph's original text (UTF-16 units).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Where they end (exclusive).").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words, as the original has them.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<StringGraphType>("review").Description("What a reviewer has to decide; null when nothing is open.").Resolve(c => c.Source.Review);
    }
}

internal sealed class IngestionType : ObjectGraphType<Ingestion>
{
    public IngestionType()
    {
        Name = "Ingestion";
        Description = "What a document proposes: its proposals by confidence and the draft seed file a reviewer edits.";
        Field<NonNullGraphType<StringGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IntGraphType>>("paragraphs").Resolve(c => c.Source.Paragraphs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalType>>>>("proposals").Resolve(c => c.Source.Proposals);
        Field<NonNullGraphType<StringGraphType>>("draft").Description("The draft seed file (YAML) with its review marks.").Resolve(c => c.Source.Draft);
    }
}
