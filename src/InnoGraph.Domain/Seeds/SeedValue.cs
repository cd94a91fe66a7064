namespace InnoGraph.Domain.Seeds;

/// <summary>A scalar as written in YAML, with whether it was quoted (a quoted <c>"2003"</c> is text, a plain <c>2003</c> a number).</summary>
public sealed record SeedValue(string Text, bool Quoted, SeedPosition Position);
