using System.Collections.Concurrent;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// One seed file being read on a thread of its own: its declarations are handed over in the file's order as they are
/// read, at most <see cref="Capacity"/> ahead of the one taken. Once they are all taken, <see cref="Problems"/>
/// (within the file), <see cref="Valid"/> (false on a syntax error: its declarations are then to be dropped, as no
/// tree of it could be built) and <see cref="ContentHash"/> are known.
/// </summary>
internal sealed class SeedFileRead
{
    public const int Capacity = 1000;

    private readonly BlockingCollection<object> _declarations = new(Capacity);
    private readonly List<SeedProblem> _problems = [];
    private Exception? _failure;

    private SeedFileRead(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<SeedProblem> Problems => _problems;

    public bool Valid { get; private set; }

    public byte[] ContentHash { get; private set; } = [];

    /// <summary>Starts reading the file's text, opened by <paramref name="open"/>; <paramref name="stop"/> ends the reading when the declarations are no longer wanted.</summary>
    public static SeedFileRead Start(string file, Func<TextReader> open, CancellationToken stop)
    {
        var read = new SeedFileRead(file);
        _ = Task.Run(() => read.Read(open, stop), CancellationToken.None);
        return read;
    }

    /// <summary>The declarations, in order; can be taken once.</summary>
    public IEnumerable<object> Declarations()
    {
        foreach (var declaration in _declarations.GetConsumingEnumerable())
        {
            yield return declaration;
        }

        if (_failure is not null)
        {
            throw new IOException($"{File} could not be read: {_failure.Message}", _failure);
        }
    }

    private void Read(Func<TextReader> open, CancellationToken stop)
    {
        try
        {
            using var text = new HashingTextReader(open());
            var sections = new SeedSectionReader(_problems, declaration => _declarations.Add(declaration, stop));
            Valid = YamlSeedReader.ReadSections(File, text, _problems, sections);
            ContentHash = text.FinishHash();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _failure = e;
        }
        finally
        {
            _declarations.CompleteAdding();
        }
    }
}
