namespace InnoGraph.Domain.Seeds;

/// <summary>One thing wrong with the seeds: where, which field, and what to do about it.</summary>
/// <param name="Position">File, line and column.</param>
/// <param name="Path">The field, e.g. <c>entities[3].props.founded</c>.</param>
/// <param name="Message">What is wrong, in words a person editing the file can act on.</param>
public sealed record SeedProblem(SeedPosition Position, string Path, string Message)
{
    public override string ToString() => $"{Position}: {Path}: {Message}";
}
