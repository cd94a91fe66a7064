using System.Text;
using InnoGraph.Cli.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary><c>innograph ingest</c> needs no database: these run it for real, in this process, on files of several encodings.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class IngestCommandTests
{
    private const string Document = "示范市科技工作要点\n示范研究院落户示范市,全市研发投入强度达到3.1%。\n";

    static IngestCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task a_gbk_file_is_refused_with_where_and_what_to_do_and_no_draft_is_written()
    {
        using var folder = new TemporaryDirectory();
        var (seeds, file, draft) = Files(folder.Path, Encoding.GetEncoding("gb18030").GetBytes(Document));

        var outcome = await InProcessCli.RunAsync("ingest", file, "--source", "d002", "--seeds", seeds, "--out", draft);

        outcome.ExitCode.Should().Be(2);
        // 示 in GBK (CA BE) happens to be a UTF-8 sequence as well: the first byte that is none is the third.
        outcome.Stderr.Should().Contain($"{file}:1:3: byte 0xB7 is not utf-8 text").And.Contain("--encoding gb18030");
        File.Exists(draft).Should().BeFalse();
    }

    [Fact]
    public async Task the_same_file_read_with_its_encoding_gives_the_draft_of_its_utf8_text()
    {
        using var folder = new TemporaryDirectory();
        var (seeds, gbk, fromGbk) = Files(folder.Path, Encoding.GetEncoding("gb18030").GetBytes(Document));
        var utf8 = Path.Combine(folder.Path, "utf8.txt");
        await File.WriteAllTextAsync(utf8, Document);
        var fromUtf8 = Path.Combine(folder.Path, "utf8.yaml");

        (await InProcessCli.RunAsync("ingest", gbk, "--encoding", "gbk", "--source", "d002", "--title", "要点", "--seeds", seeds, "--out", fromGbk)).ExitCode.Should().Be(0);
        (await InProcessCli.RunAsync("ingest", utf8, "--source", "d002", "--title", "要点", "--seeds", seeds, "--out", fromUtf8)).ExitCode.Should().Be(0);

        var draft = await File.ReadAllTextAsync(fromGbk);
        draft.Should().Contain("示范研究院").And.Contain("inst.demo");
        draft.Replace("doc.txt", "utf8.txt", StringComparison.Ordinal).Should().Be(await File.ReadAllTextAsync(fromUtf8));
    }

    private static (string Seeds, string File, string Draft) Files(string folder, byte[] document)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName;
        SeedFolders.WriteValid(seeds);
        var file = Path.Combine(folder, "doc.txt");
        File.WriteAllBytes(file, document);
        return (seeds, file, Path.Combine(folder, "draft.yaml"));
    }
}
