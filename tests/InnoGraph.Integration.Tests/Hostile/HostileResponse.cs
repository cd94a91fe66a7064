namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>What came back: a status and body, or no answer (<see cref="Status"/> null) and why.</summary>
internal sealed record HostileResponse(int? Status, string Body, string? Failure = null)
{
    public bool Answered => Status is not null;
}
