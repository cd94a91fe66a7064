namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>One case as it went: its answer (null when not sent) and every violation, as (kind, detail).</summary>
internal sealed record CaseOutcome(HostileCase Case, HostileResponse? Response, IReadOnlyList<(string Kind, string Detail)> Violations);
