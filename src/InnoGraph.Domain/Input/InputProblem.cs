namespace InnoGraph.Domain.Input;

/// <summary>One thing wrong with a write's input: the field (e.g. <c>aliases[1].name</c>) and what is wrong with it.</summary>
public sealed record InputProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
