using System.Security.Cryptography;
using System.Text;
using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// A content hash of the seed files (path and text of each, in order) and of the format of the search keys stored
/// with them. Stamped on everything the loader writes, so loading the same seeds twice writes identical properties,
/// and what a later load did not stamp is stale. Computed a file at a time, as the files are read.
/// </summary>
internal static class DatasetVersion
{
    /// <param name="files">Each file's path and the hash of its text (<see cref="HashingTextReader"/>).</param>
    public static string Of(IEnumerable<(string File, byte[] Hash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SearchKeys.Format));
        foreach (var (file, content) in files)
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData([0]);
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
