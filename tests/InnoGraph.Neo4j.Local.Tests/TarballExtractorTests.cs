using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

public sealed class TarballExtractorTests
{
    private const string Prefix = "package/bin/neo4j-community-3.1.1/";

    private static string WriteTarball(string directory, params (string Name, string Content)[] files)
    {
        var path = Path.Combine(directory, "package.tgz");
        using var stream = File.Create(path);
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest);
        using var writer = new TarWriter(gzip);
        foreach (var (name, content) in files)
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
            });
        }

        return path;
    }

    [Fact]
    public async Task only_the_neo4j_3_1_1_directory_is_extracted()
    {
        using var work = new TemporaryDirectory();
        var tarball = WriteTarball(
            work.Path,
            (Prefix + "lib/neo4j-server-3.1.1.jar", "jar"),
            (Prefix + "conf/neo4j.conf", "conf"),
            ("package/bin/neo4j-community-2.3.3/lib/old.jar", "old"),
            ("package/package.json", "{}"));
        var destination = Path.Combine(work.Path, "out");

        var count = await TarballExtractor.ExtractAsync(tarball, Prefix, destination, CancellationToken.None);

        count.Should().Be(2);
        File.ReadAllText(Path.Combine(destination, "lib", "neo4j-server-3.1.1.jar")).Should().Be("jar");
        Directory.GetFiles(destination, "*", SearchOption.AllDirectories).Should().HaveCount(2);
        Neo4jDistribution.IsInstalled(destination).Should().BeTrue();
    }

    [Fact]
    public async Task an_entry_that_climbs_out_of_the_directory_is_refused()
    {
        using var work = new TemporaryDirectory();
        var tarball = WriteTarball(work.Path, (Prefix + "../../../escaped.txt", "x"));

        var extract = () => TarballExtractor.ExtractAsync(tarball, Prefix, Path.Combine(work.Path, "out"), CancellationToken.None);

        await extract.Should().ThrowAsync<InvalidDataException>();
        File.Exists(Path.Combine(work.Path, "escaped.txt")).Should().BeFalse();
    }

    [Fact]
    public async Task an_existing_destination_is_never_written_into()
    {
        using var work = new TemporaryDirectory();
        var tarball = WriteTarball(work.Path, (Prefix + "a.txt", "a"));
        var destination = Directory.CreateDirectory(Path.Combine(work.Path, "out")).FullName;

        var extract = () => TarballExtractor.ExtractAsync(tarball, Prefix, destination, CancellationToken.None);

        await extract.Should().ThrowAsync<IOException>();
        File.Exists(Path.Combine(destination, "a.txt")).Should().BeFalse();
    }
}
