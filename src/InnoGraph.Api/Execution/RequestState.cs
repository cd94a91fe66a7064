using GraphQL;
using InnoGraph.Api.Mutations;

namespace InnoGraph.Api.Execution;

/// <summary>Per-request state carried in GraphQL's user context.</summary>
internal sealed class RequestState : Dictionary<string, object?>
{
    public RequestState(QueryBatch batch, MutationBatch mutations, string? actor)
    {
        Batch = batch;
        Mutations = mutations;
        Actor = actor;
    }

    public QueryBatch Batch { get; }

    public MutationBatch Mutations { get; }

    /// <summary>The sources that the provenance of this request's answers names.</summary>
    public SourceTable? Sources => Batch.Sources ?? Mutations.Sources;

    /// <summary>The name of the API key that authenticated a write; null for reads.</summary>
    public string? Actor { get; }

    /// <summary>Set when Neo4j could not be reached, so the endpoint answers 503.</summary>
    public bool DatabaseUnavailable { get; set; }

    public static RequestState From(IResolveFieldContext context) =>
        context.UserContext as RequestState ?? throw new InvalidOperationException("The request has no InnoGraph state.");
}
