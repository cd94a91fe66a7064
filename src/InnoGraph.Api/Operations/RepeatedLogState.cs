using System.Collections;

namespace InnoGraph.Api.Operations;

/// <summary>A log entry's state with the count of identical entries left out before it.</summary>
internal sealed class RepeatedLogState<TState>(TState state, long suppressed) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _pairs =
        [.. (state as IEnumerable<KeyValuePair<string, object?>> ?? []), new("Suppressed", suppressed)];

    public TState State { get; } = state;

    public long Suppressed { get; } = suppressed;

    public int Count => _pairs.Count;

    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
