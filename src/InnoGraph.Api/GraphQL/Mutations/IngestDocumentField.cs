using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Api.Ingestion;
using InnoGraph.Api.Translation;
using InnoGraph.Ingestion;
using InnoGraph.Ingestion.Draft;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;
using IngestionAnswer = InnoGraph.Api.GraphQL.Types.Ingestion;

namespace InnoGraph.Api.GraphQL.Mutations;

/// <summary>
/// <c>ingestDocument</c>: what <c>innograph ingest</c> proposes, answered instead of written. It
/// writes nothing, but it is a mutation behind the API key since it is costly and leads to writes.
/// </summary>
internal sealed partial class IngestDocumentField : DeclaredField
{
    public const int MaxTextLength = 200_000;

    public override string Name => "ingestDocument";

    public override IGraphType Type => new NonNullGraphType(new GraphQLTypeReference("Ingestion"));

    public override string Description => "Proposes the entities and facts of a document (one paragraph a line), each with its locator, span, method and confidence; writes nothing. Needs an API key.";

    public override QueryArguments Arguments => new(
        Argument("text", typeof(NonNullGraphType<StringGraphType>), $"The document, at most {MaxTextLength} characters."),
        Argument("source", typeof(NonNullGraphType<StringGraphType>), "The new source's id, dNNN."),
        Argument("title", typeof(StringGraphType)),
        Argument("city", typeof(StringGraphType), "A region id or name: short forms such as 市科技局 mean its bodies."),
        Argument("date", typeof(StringGraphType), "YYYY-MM-DD."));

    protected override IFieldResolver Resolver { get; } = new FuncFieldResolver<object>(Resolve);

    private static object? Resolve(IResolveFieldContext context)
    {
        _ = RequestState.From(context).Actor ?? throw ApiError.Create(ErrorCodes.Unauthenticated, "Ingesting needs a valid API key.");
        var text = context.GetArgument<string>("text");
        var source = context.GetArgument<string>("source");
        var city = context.GetArgument<string?>("city");
        if (text.Length > MaxTextLength)
        {
            throw ApiError.Create(ErrorCodes.InvalidArgument, $"'text' has {text.Length} characters; at most {MaxTextLength} are ingested at once.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw ApiError.Create(ErrorCodes.InvalidArgument, "'text' holds no paragraph: send the document's text, one paragraph a line.");
        }

        if (!SourceId().IsMatch(source))
        {
            throw ApiError.Create(ErrorCodes.InvalidArgument, "'source' must be of the form dNNN (d005).");
        }

        var gazetteer = IngestionGazetteer.Current ?? throw ApiError.Create(ErrorCodes.ServiceUnavailable, "No valid seed folder is at hand to know the graph's names: set INNOGRAPH_SEEDS.");
        if (city is not null && DocumentCity.Find(gazetteer, city) is null)
        {
            throw ApiError.Create(ErrorCodes.InvalidArgument, "'city' is no region of the graph: give a region id or name, or leave it out.");
        }

        var result = new DocumentIngester(gazetteer).Ingest(text, new IngestOptions(source, source + ".txt", context.GetArgument<string?>("title"), city, context.GetArgument<string?>("date")));
        return new IngestionAnswer(source, result.Source.Paragraphs, Flatten(result), DraftWriter.Write(result));
    }

    private static List<Proposal> Flatten(IngestResult result) =>
    [
        .. result.Entities.Select(e => new Proposal("entity", e.Id, e.Kind.ToString(), e.Name, e.IsNew, null, null, null, e.Evidence[0].Locator, e.Evidence[0].Start, e.Evidence[0].End, e.Evidence[0].Text, e.Evidence[0].Method, e.Confidence, e.Review)),
        .. result.Relations.Select(r => new Proposal("relation", r.Id, null, null, false, r.From, r.TypeName, r.To, r.Evidence.Locator, r.Evidence.Start, r.Evidence.End, r.Evidence.Text, r.Evidence.Method, r.Confidence, r.Review)),
        .. result.Observations.Select(o => new Proposal("observation", o.Id, null, null, false, o.Region, "MEASURED", o.Indicator, o.Evidence.Locator, o.Evidence.Start, o.Evidence.End, o.Evidence.Text, o.Evidence.Method, o.Confidence, o.Review)),
    ];

    [GeneratedRegex(@"^d\d{3}$")]
    private static partial Regex SourceId();
}
