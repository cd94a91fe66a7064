namespace InnoGraph.Api.Tests.Operations;

/// <summary>Tests that change the process's working directory: run alone, after every parallel test.</summary>
[CollectionDefinition(nameof(WorkingDirectoryCollection), DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;
