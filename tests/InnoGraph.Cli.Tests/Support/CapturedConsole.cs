namespace InnoGraph.Cli.Tests.Support;

/// <summary>Stdout and stderr written while it is in place; dispose to put the real ones back.</summary>
internal sealed class CapturedConsole : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _capturedOut = new();
    private readonly StringWriter _capturedError = new();

    public CapturedConsole()
    {
        Console.SetOut(_capturedOut);
        Console.SetError(_capturedError);
    }

    public string Out => _capturedOut.ToString();

    public string Error => _capturedError.ToString();

    /// <summary>The lines of stderr, without the empty one after the last line break.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
