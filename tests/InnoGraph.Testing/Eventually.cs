using System.Diagnostics;

namespace InnoGraph.Testing;

/// <summary>
/// Polls a condition until it holds. The bound only stops a hung test; it measures nothing, so it is generous
/// (a loaded two-core machine can be many times slower than an idle one), and it uses a monotonic clock.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromMinutes(3);

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan? bound = null) =>
        HoldsAsync(() => Task.FromResult(condition()), bound);

    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan? bound = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (bound ?? DefaultBound))
            {
                return false;
            }

            await Task.Delay(200);
        }

        return true;
    }
}
