namespace InnoGraph.Graph.Reading;

/// <summary>A request the translator refuses, with a code a client can act on.</summary>
public sealed class TranslationException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
