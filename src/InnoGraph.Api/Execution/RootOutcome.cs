using System.Text.Json;
using GraphQL;

namespace InnoGraph.Api.Execution;

/// <summary>What one root field got from the batch: its data, or the error to report for it.</summary>
internal sealed record RootOutcome(JsonElement? Data, ExecutionError? Error)
{
    public static RootOutcome Failed(ExecutionError error) => new(null, error);
}
