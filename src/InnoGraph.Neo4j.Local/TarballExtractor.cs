using System.Formats.Tar;
using System.IO.Compression;

namespace InnoGraph.Neo4j.Local;

/// <summary>Extracts one directory of a <c>.tgz</c> into a fresh directory.</summary>
internal static class TarballExtractor
{
    /// <summary>
    /// Writes the entries under <paramref name="prefix"/> (e.g. <c>package/bin/neo4j-community-3.1.1/</c>) into
    /// <paramref name="destination"/>, which must not exist yet. Returns the number of files written.
    /// </summary>
    public static async Task<int> ExtractAsync(string tarball, string prefix, string destination, CancellationToken cancellationToken)
    {
        if (Directory.Exists(destination))
        {
            throw new IOException($"{destination} already exists.");
        }

        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        var files = 0;

        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (!entry.Name.StartsWith(prefix, StringComparison.Ordinal) || entry.Name.Length == prefix.Length)
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(root, entry.Name[prefix.Length..]));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The archive entry {entry.Name} points outside its directory.");
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
                    files++;
                    break;
                default:
                    // The distribution holds only directories and plain files; links are not followed on purpose.
                    break;
            }
        }

        return files;
    }
}
