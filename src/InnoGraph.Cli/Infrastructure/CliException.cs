namespace InnoGraph.Cli.Infrastructure;

/// <summary>A failure the command explains itself; its message says what to do next.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
