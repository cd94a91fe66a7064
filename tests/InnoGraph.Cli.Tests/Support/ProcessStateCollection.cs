namespace InnoGraph.Cli.Tests.Support;

/// <summary>
/// Tests that swap the console or set environment variables, which belong to the whole process: they run one at a
/// time, and while they run no other test does.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "console and environment";
}
