namespace InnoGraph.Domain.Validation;

/// <summary>The messages for a field that is missing or not a text, wherever the input comes from.</summary>
public static class RequiredFields
{
    public static string Missing(string field) => $"missing '{field}'";

    public static string NotAText(string field) => $"'{field}' must be a non-empty text";
}
