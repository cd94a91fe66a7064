using Polly;

namespace InnoGraph.Neo4j.Resilience;

internal sealed class TranslatingStrategyOptions : ResilienceStrategyOptions;
