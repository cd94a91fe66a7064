namespace InnoGraph.Neo4j.Tests.Local;

/// <summary>Polls a condition up to a generous bound; the bound only stops a hung test, it measures nothing.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200);
        }

        return true;
    }
}
