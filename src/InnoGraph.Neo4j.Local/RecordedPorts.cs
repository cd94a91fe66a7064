namespace InnoGraph.Neo4j.Local;

/// <summary>The HTTP and Bolt ports recorded for a data directory.</summary>
internal sealed record RecordedPorts(int Http, int Bolt);
