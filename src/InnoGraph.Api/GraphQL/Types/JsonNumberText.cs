namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// A number from a JSON input, kept as written when no 64-bit integer holds it, so that property
/// checks see the value sent (and refuse it as out of range) instead of a rounded double.
/// </summary>
internal readonly record struct JsonNumberText(string Text) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) => Text;

    public override string ToString() => Text;
}
