namespace InnoGraph.Bench.Overhead;

/// <summary>One API request as the client timed it, with the stage timings the API reported for it, its floor Cypher sent raw and through the Neo4j client, and the baseline build's time for the same request (milliseconds).</summary>
public sealed record StageSample(double Total, double Floor, double FloorViaClient, IReadOnlyDictionary<string, double> Stages, double? Baseline = null)
{
    /// <summary>The stages, in the order a request passes them; <c>graphql</c> is execution minus what ran inside it, <c>rest</c> what the API did not time (HTTP both ways, writing the answer).</summary>
    public static readonly string[] Order = ["read", "parse", "analyse", "translate", "neo4j", "results", "graphql", "rest"];

    public double Stage(string name)
    {
        var inner = Stages.GetValueOrDefault("translate") + Stages.GetValueOrDefault("neo4j") + Stages.GetValueOrDefault("results");
        return name switch
        {
            "graphql" => Stages.GetValueOrDefault("execute") - inner,
            "rest" => Total - Stages.Values.Sum() + inner,
            _ => Stages.GetValueOrDefault(name),
        };
    }

    /// <summary>What the API added to the Neo4j round trip of its own statement.</summary>
    public double Overhead => Total - Stages.GetValueOrDefault("neo4j");
}
