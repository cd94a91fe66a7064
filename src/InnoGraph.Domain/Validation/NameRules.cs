using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Names (canonical, English, aliases, source titles) are plain text (<see cref="PlainText"/>) of
/// at most <see cref="MaxLength"/> characters without '&lt;' or '&gt;': a name is shown in web
/// pages, graph views and exports, and no name should be readable as markup there. Chinese titles
/// use 《》, which are allowed.
/// </summary>
public static class NameRules
{
    public const int MaxLength = 200;

    /// <summary>The field name an alias's messages give.</summary>
    public const string AliasField = "alias";

    /// <summary>Checks a name; gives it back trimmed, or null with the reason.</summary>
    public static string? Check(string field, string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"{field} must not be empty";
            return null;
        }

        var name = text.Trim();
        if (name.Length > MaxLength)
        {
            error = $"{field} is longer than {MaxLength} characters";
        }
        else if (PlainText.Problem(field, name) is { } problem)
        {
            error = problem;
        }
        else if (name.IndexOfAny(['<', '>']) is var at and >= 0)
        {
            error = $"{field} contains '{name[at]}' at position {at + 1}: names are plain text, and angle brackets are refused so that no name can be read as markup where it is shown (write titles in 《》)";
        }

        return error is null ? name : null;
    }

    /// <summary>
    /// Checks an alias: its text as a name (<see cref="AliasField"/>), its script one of <see cref="Scripts.All"/>
    /// or, when none is given, inferred from the text. Null when either is wrong, with the reasons.
    /// </summary>
    public static Name? Alias(string? text, string? script, out string? nameError, out string? scriptError)
    {
        var name = Check(AliasField, text, out nameError);
        scriptError = script is null ? null : CatalogueRules.Script(script);
        return name is null || scriptError is not null ? null : new Name(name, script ?? Scripts.Infer(name));
    }
}
