using System.Diagnostics;

namespace InnoGraph.Api.Execution;

/// <summary>
/// Where one request's time went, stage by stage (milliseconds); shown with the Cypher in
/// <c>extensions.timings</c> so that a profile of the pipeline needs no profiler.
/// </summary>
internal sealed class StageTimings
{
    private long _last = Stopwatch.GetTimestamp();

    public Dictionary<string, double> Stages { get; } = new(StringComparer.Ordinal);

    /// <summary>Ends the stage that ran since the previous mark.</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        Add(stage, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds);
        _last = now;
    }

    /// <summary>Records a stage timed elsewhere (inside another stage).</summary>
    public void Add(string stage, double milliseconds) =>
        Stages[stage] = Math.Round(Stages.GetValueOrDefault(stage) + milliseconds, 3);
}
