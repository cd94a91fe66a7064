using System.Text;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Ingestion.Tests;

public sealed class DocumentFileTests
{
    private const string Text = "青山市科技工作要点\n全市研发投入强度达到3.1%。\n";

    static DocumentFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void utf8_is_read_with_or_without_its_byte_order_mark_and_utf16_by_its_mark()
    {
        DocumentFile.Decode(Encoding.UTF8.GetBytes(Text), "a.txt").Should().Be(Text);
        DocumentFile.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)], "a.txt").Should().Be(Text);
        DocumentFile.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)], "a.txt").Should().Be(Text);
    }

    [Fact]
    public void a_gb18030_file_read_as_utf8_is_refused_at_its_first_bad_byte_with_what_to_do()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes("2024 report\n" + Text);

        var read = () => DocumentFile.Decode(bytes, "docs/a.txt");

        read.Should().Throw<DocumentFileException>().Which.Message.Should().StartWith("docs/a.txt:2:1: byte 0x").And.Contain("--encoding gb18030");
    }

    [Fact]
    public void gb18030_gbk_and_big5_are_read_when_asked_for()
    {
        DocumentFile.Decode(Encoding.GetEncoding("gb18030").GetBytes(Text), "a.txt", "gb18030").Should().Be(Text);
        DocumentFile.Decode(Encoding.GetEncoding("gb18030").GetBytes(Text), "a.txt", "GBK").Should().Be(Text);
        const string traditional = "青山市科技工作要點\n全市研發投入強度達到3.1%。\n";
        DocumentFile.Decode(Encoding.GetEncoding("big5").GetBytes(traditional), "a.txt", "big5").Should().Be(traditional);
    }

    [Fact]
    public void an_empty_file_a_binary_one_and_an_unknown_encoding_are_refused_by_name()
    {
        ((Action)(() => DocumentFile.Decode(Encoding.UTF8.GetBytes(" \n\n"), "empty.txt"))).Should().Throw<DocumentFileException>().WithMessage("empty.txt: the file holds no text*");
        ((Action)(() => DocumentFile.Decode(Encoding.UTF8.GetBytes("第一段\n第二\0段"), "b.txt"))).Should().Throw<DocumentFileException>().WithMessage("b.txt:2:3: control character U+0000*");
        ((Action)(() => DocumentFile.Decode(Encoding.UTF8.GetBytes(Text), "a.txt", "latin-9"))).Should().Throw<DocumentFileException>().WithMessage("a.txt: no encoding 'latin-9': give one of utf-8, gb18030, gbk, big5.");
    }
}
