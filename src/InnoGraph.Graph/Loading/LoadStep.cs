using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>One batched write statement of a load: what progress calls it, and how many rows it writes.</summary>
public sealed record LoadStep(string Name, CypherStatement Statement, int Rows);
