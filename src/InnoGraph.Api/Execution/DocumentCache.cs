using GraphQLParser.AST;

namespace InnoGraph.Api.Execution;

/// <summary>
/// Parsed documents by query text, the least recently used dropped beyond <c>Api:DocumentCacheSize</c> entries
/// (zero turns caching off). Clients send the same few documents with other variables, so most requests skip
/// parsing and validation. Documents that do not parse are never kept: the executer reports their error.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    /// <summary>Longer documents are parsed every time: they are rare, and a cache full of them would hold megabytes of syntax trees.</summary>
    public const int MaxCachedQueryLength = 8 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Query, CachedDocument Entry)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, CachedDocument Entry)> _recency = [];
    private long _parses;

    /// <summary>How many times a document was parsed because it was not cached.</summary>
    public long Parses => Interlocked.Read(ref _parses);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cached document for <paramref name="query"/>, or what <paramref name="parse"/> makes of it (null: a syntax error).</summary>
    public CachedDocument? GetOrParse(string query, Func<string, GraphQLDocument?> parse)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Entry;
            }
        }

        Interlocked.Increment(ref _parses);
        if (parse(query) is not { } document)
        {
            return null;
        }

        var entry = new CachedDocument(document);
        if (capacity > 0 && query.Length <= MaxCachedQueryLength)
        {
            Add(query, entry);
        }

        return entry;
    }

    private void Add(string query, CachedDocument entry)
    {
        lock (_gate)
        {
            if (_entries.ContainsKey(query))
            {
                return; // parsed twice by requests that raced; the first one stays
            }

            _entries[query] = _recency.AddFirst((query, entry));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Query);
                _recency.RemoveLast();
            }
        }
    }
}
