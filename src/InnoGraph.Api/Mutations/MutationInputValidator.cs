using InnoGraph.Api.Translation;
using InnoGraph.Domain.Input;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Checks mutation input with the domain's input readers (<see cref="EntityInput"/>, <see cref="RelationInput"/>),
/// which apply the seed reader's rules with its messages, so a write is refused for what a seed would be refused
/// for. Each problem is reported with the input field it is about. What needs the graph (whether sources,
/// paragraphs and endpoints exist) is checked in the write's statements.
/// </summary>
internal static class MutationInputValidator
{
    /// <exception cref="TranslationException">The input breaks a rule.</exception>
    public static GraphEntity Entity(IDictionary<string, object?> input) => Valid(EntityInput.Read(input));

    /// <exception cref="TranslationException">The input breaks a rule.</exception>
    public static GraphRelation Relation(IDictionary<string, object?> input) => Valid(RelationInput.Read(input));

    /// <summary>The message of a refused input, listing every problem.</summary>
    public static string Refusal(IEnumerable<InputProblem> problems) => "The input is not valid: " + string.Join("; ", problems) + ".";

    private static T Valid<T>(InputCheck<T> check)
        where T : class =>
        check.IsValid ? check.Value! : throw new TranslationException(ErrorCodes.Validation, Refusal(check.Problems));
}
