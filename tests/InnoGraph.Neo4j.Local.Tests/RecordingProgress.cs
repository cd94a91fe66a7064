namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>
/// Records progress messages as they are reported. <see cref="Progress{T}"/> would post them to the thread pool,
/// so an assertion right after the call could run before the last message arrived.
/// </summary>
internal sealed class RecordingProgress : IProgress<string>
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Report(string value)
    {
        lock (_messages)
        {
            _messages.Add(value);
        }
    }
}
