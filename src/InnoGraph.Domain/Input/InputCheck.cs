namespace InnoGraph.Domain.Input;

/// <summary>What a write's input reads as: the value when nothing is wrong with it, otherwise every problem.</summary>
public sealed record InputCheck<T>(T? Value, IReadOnlyList<InputProblem> Problems)
    where T : class
{
    public bool IsValid => Problems.Count == 0;
}
