namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// CPU a process spends over a window. "Idle" compares with a quiet window of the same process
/// before the run rather than with a fixed time, and a pinned core is a whole core-second per
/// second, far above either, however loaded the machine is.
/// </summary>
internal static class CpuWindow
{
    public static async Task<TimeSpan> MeasureAsync(Func<TimeSpan> cpuTime, TimeSpan window)
    {
        var before = cpuTime();
        await Task.Delay(window);
        return cpuTime() - before;
    }

    /// <summary>Idle when a window spends at most a fifth of one core, or thrice the quiet window if that is more.</summary>
    public static bool IsIdle(TimeSpan used, TimeSpan quiet, TimeSpan window) =>
        used <= TimeSpan.FromTicks(Math.Max(window.Ticks / 5, quiet.Ticks * 3));
}
