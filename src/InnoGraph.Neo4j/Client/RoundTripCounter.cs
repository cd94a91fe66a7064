namespace InnoGraph.Neo4j.Client;

/// <summary>
/// Counts HTTP requests to Neo4j. The total is process-wide; a scope counts only the requests
/// made in its async flow, so one GraphQL request can read its own count while others run.
/// </summary>
public sealed class RoundTripCounter
{
    private static readonly AsyncLocal<Scope?> Current = new();
    private long _total;

    /// <summary>All round trips since the client was created.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Starts counting the round trips of the current async flow.</summary>
    public Scope BeginScope()
    {
        var scope = new Scope(Current.Value);
        Current.Value = scope;
        return scope;
    }

    internal void Increment()
    {
        Interlocked.Increment(ref _total);
        for (var scope = Current.Value; scope is not null; scope = scope.Parent)
        {
            scope.Add();
        }
    }

    /// <summary>The round trips of one async flow; dispose to stop counting.</summary>
    public sealed class Scope : IDisposable
    {
        private long _count;

        internal Scope(Scope? parent) => Parent = parent;

        internal Scope? Parent { get; }

        /// <summary>Round trips made in this scope so far.</summary>
        public long Count => Interlocked.Read(ref _count);

        internal void Add() => Interlocked.Increment(ref _count);

        /// <summary>Stops counting.</summary>
        public void Dispose()
        {
            if (Current.Value == this)
            {
                Current.Value = Parent;
            }
        }
    }
}
