namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>What the generators take from the live API: its port, the write key and real cursors to forge from.</summary>
internal sealed record HostileContext(int Port, string Key, string EntitiesCursor, string RelationsCursor, string RelationsByTypeCursor)
{
    /// <summary>An entity of the seeds with many relations.</summary>
    public const string Hub = "region.jiaxing";

    /// <summary>A locator the seed validator accepts (document d001, paragraph 9).</summary>
    public const string Locator = "d001:p9";
}
