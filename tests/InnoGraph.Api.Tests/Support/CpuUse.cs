using System.Diagnostics;

namespace InnoGraph.Api.Tests.Support;

/// <summary>
/// The processor time this process spends over a window. Compared between an idle window and one
/// after a request, it shows whether anything the request started is still running, without
/// judging how long the request itself took.
/// </summary>
internal static class CpuUse
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    public static async Task<TimeSpan> OverWindowAsync()
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(Window);
        process.Refresh();
        return process.TotalProcessorTime - before;
    }
}
