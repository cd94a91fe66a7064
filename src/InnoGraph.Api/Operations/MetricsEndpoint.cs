namespace InnoGraph.Api.Operations;

/// <summary>Endpoint metadata that marks <c>/metrics</c>, so that <see cref="MetricsAccessMiddleware"/> guards exactly that endpoint.</summary>
internal sealed class MetricsEndpoint;
