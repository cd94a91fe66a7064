using System.Security.Cryptography;
using System.Text;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Hands on the text of another reader and hashes it (SHA-256 of its UTF-8 form) as it goes, so a file is hashed as
/// it is parsed, without its text held whole: the same hash whether the text comes from a file or from memory.
/// </summary>
internal sealed class HashingTextReader(TextReader inner) : TextReader
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly byte[] _bytes = new byte[16 * 1024];

    /// <summary>Reads what is left, then gives the hash of everything read.</summary>
    public byte[] FinishHash()
    {
        var rest = new char[4096];
        while (Read(rest, 0, rest.Length) > 0)
        {
        }

        Append([], flush: true);
        return _hash.GetHashAndReset();
    }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Span<char> one = [(char)c];
            Append(one, flush: false);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Append(buffer[..read], flush: false);
        return read;
    }

    private void Append(ReadOnlySpan<char> chars, bool flush)
    {
        // A chunk of at most 4096 characters fits the buffer: at most 3 bytes each, a split surrogate pair 4.
        while (chars.Length > 0 || flush)
        {
            var take = Math.Min(chars.Length, 4096);
            var bytes = _encoder.GetBytes(chars[..take], _bytes, flush && take == chars.Length);
            _hash.AppendData(_bytes, 0, bytes);
            chars = chars[take..];
            if (chars.Length == 0)
            {
                break;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
