using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Input echoed in a message: quoted, cut to a readable length, and with the characters
/// <see cref="EchoedText"/> replaces written as <c>\uXXXX</c>, so an error message never carries them.
/// </summary>
public static class Quoted
{
    public const int MaxLength = 40;

    public static string Of(string text) => "'" + EchoedText.Of(text, MaxLength, EchoedText.Escape) + "'";
}
