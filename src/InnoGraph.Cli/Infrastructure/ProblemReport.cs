using InnoGraph.Domain.Seeds;

namespace InnoGraph.Cli.Infrastructure;

/// <summary>Prints every seed problem, one per line, grouped by file, to stderr.</summary>
public static class ProblemReport
{
    public static void Write(string seedFolder, IReadOnlyList<SeedProblem> problems)
    {
        Console.Error.WriteLine($"The seeds in {seedFolder} have {problems.Count} problem(s); nothing was written:");
        foreach (var problem in problems.OrderBy(p => p.Position.File, StringComparer.Ordinal).ThenBy(p => p.Position.Line))
        {
            Console.Error.WriteLine($"  {problem}");
        }
    }
}
