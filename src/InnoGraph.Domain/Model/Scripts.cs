namespace InnoGraph.Domain.Model;

/// <summary>The scripts a name can be written in.</summary>
public static class Scripts
{
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Simplified, Traditional, English];

    /// <summary>The script a name is taken to be in when none is given: Latin text is English, Chinese text simplified.</summary>
    public static string Infer(string name) => name.Any(c => c > 0x2E80) ? Simplified : English;
}
