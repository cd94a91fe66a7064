using System.Reflection;
using System.Text.RegularExpressions;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Infrastructure;

/// <summary>The exit codes scripts rely on are distinct, and the help and the README list each of them.</summary>
public sealed partial class ExitCodesTests
{
    private static readonly int[] Codes = typeof(ExitCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(int))
        .Select(field => (int)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void the_codes_are_distinct_and_run_from_0_without_gaps()
    {
        Codes.Order().Should().Equal(Enumerable.Range(0, Codes.Length));
    }

    [Fact]
    public void the_help_lists_every_code_in_order()
    {
        ListedCodes(ExitCodes.Help).Should().Equal(Codes.Order());
    }

    [Fact]
    public void the_readme_lists_every_code_in_order()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var paragraph = readme[readme.IndexOf("Exit codes:", StringComparison.Ordinal)..];
        paragraph = paragraph[..paragraph.IndexOf("\n\n", StringComparison.Ordinal)];

        ListedCodes(paragraph).Should().Equal(Codes.Order());
    }

    /// <summary>The numbers of "Exit codes: 0 ok; 1 unexpected failure; ...".</summary>
    private static IEnumerable<int> ListedCodes(string text) =>
        ListedCode().Matches(text).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?:Exit codes:|;)\s+(\d+) ")]
    private static partial Regex ListedCode();
}
