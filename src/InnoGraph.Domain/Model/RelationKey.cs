namespace InnoGraph.Domain.Model;

/// <summary>
/// The key that tells apart two relations of one type between the same pair. It becomes part of
/// the relation id (<c>from|TYPE|to|key</c>), so it has the form of an id.
/// </summary>
public static class RelationKey
{
    public const int MaxLength = 60;

    public static bool IsValid(string key) => key.Length <= MaxLength && EntityId.Pattern().IsMatch(key);

    public static string Describe(string key) =>
        $"key {Validation.Quoted.Of(key)} is not a valid key: use lower-case ASCII letters and digits, words joined by '-' and parts by '.', at most {MaxLength} characters (e.g. g60)";
}
