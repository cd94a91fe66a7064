using InnoGraph.Cli.Infrastructure;
using InnoGraph.Cli.Tests.Support;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Cli.Tests.Infrastructure;

[Collection(ProcessStateCollection.Name)]
public sealed class ProblemReportTests
{
    [Fact]
    public void the_problems_follow_a_header_one_per_line_by_file_then_by_line()
    {
        SeedProblem[] problems =
        [
            new(new SeedPosition("facts/b.yaml", 3, 5), "relations[0].to", "unknown entity"),
            new(new SeedPosition("entities/a.yaml", 10, 1), "entities[4].kind", "unknown kind"),
            new(new SeedPosition("entities/a.yaml", 2, 7), "entities[0].at[0]", "no such paragraph"),
            new(new SeedPosition("Sources.yaml", 1, 1), "sources", "missing"),
        ];
        using var console = new CapturedConsole();

        ProblemReport.Write("/data/seeds", problems);

        console.ErrorLines.Should().Equal(
            "The seeds in /data/seeds have 4 problem(s); nothing was written:",
            "  Sources.yaml:1:1: sources: missing",
            "  entities/a.yaml:2:7: entities[0].at[0]: no such paragraph",
            "  entities/a.yaml:10:1: entities[4].kind: unknown kind",
            "  facts/b.yaml:3:5: relations[0].to: unknown entity");
        console.Out.Should().BeEmpty("problems go to stderr, so stdout stays clean for scripts");
    }
}
