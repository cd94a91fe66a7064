namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// A change or a difference stated after a value, read as an indicator of its own named by the
/// words that state it: <c>同比提高8.7个百分点</c> → X同比提高, <c>比上年下降1.2个百分点</c> → X比上年下降,
/// <c>高于全国平均水平0.9个百分点</c> → X高于平均水平 (its <see cref="Scope"/> the region compared with).
/// </summary>
public sealed record Change(int Start, int End, int NumberStart, int NumberEnd, decimal Value, string Unit, string Suffix, string? Scope = null);
