namespace InnoGraph.Api.Translation;

/// <summary>A request the translator refuses, with a code a client can act on.</summary>
internal sealed class TranslationException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
