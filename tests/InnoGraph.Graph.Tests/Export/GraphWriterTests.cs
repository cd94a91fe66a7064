using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using InnoGraph.Graph.Export;

namespace InnoGraph.Graph.Tests.Export;

/// <summary>The format writers on hand-made nodes and edges with awkward text: no database, every file parsed back.</summary>
public sealed class GraphWriterTests
{
    private static readonly ExportNode Awkward = new(
        "institute.a",
        "清华\u0001长三院, \"嘉兴\"",
        "Institute",
        "Tsinghua\u0008 Yangtze Delta",
        ["长三院", "bad\uD800alias"],
        ["d001:§3.2", "d002:¶4"],
        """{"founded":2016}""");

    private static readonly ExportNode Plain = new("region.jiaxing", "嘉兴市", "Region", null, [], [], "{}");

    private static readonly ExportEdge Located = new("rel.1", "institute.a", "region.jiaxing", "LOCATED_IN", 1, ["d001:§3.2"], [], """{"note":"a,\nb"}""");

    [Theory]
    [InlineData(ExportFormat.Gexf)]
    [InlineData(ExportFormat.GraphMl)]
    public void xml_is_utf8_without_a_bom_and_holds_no_control_character(ExportFormat format)
    {
        var bytes = Write(format);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain(b => b < 0x20 && b != '\t' && b != '\n' && b != '\r');
        var text = Encoding.UTF8.GetString(bytes);
        var document = XDocument.Parse(text);
        document.Descendants().Where(e => e.Name.LocalName == "node").Should().HaveCount(2);
        document.Descendants().Where(e => e.Name.LocalName == "edge").Should().ContainSingle();
        text.Should().Contain("清华长三院").And.Contain("badalias").And.NotContain("\uD800");
    }

    [Fact]
    public void gexf_declares_every_attribute_it_uses()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(Write(ExportFormat.Gexf)));
        XNamespace gexf = "http://gexf.net/1.3";

        var declared = document.Descendants(gexf + "attribute").Select(a => a.Attribute("id")!.Value).ToHashSet();
        document.Descendants(gexf + "attvalue").Select(v => v.Attribute("for")!.Value).Should().OnlyContain(id => declared.Contains(id));
        document.Descendants(gexf + "edge").Single().Attribute("weight")!.Value.Should().Be("1");
    }

    [Fact]
    public void graphml_declares_a_key_for_every_data_element()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(Write(ExportFormat.GraphMl)));
        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";

        var keys = document.Root!.Elements(graphml + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("for")!.Value);
        foreach (var data in document.Descendants(graphml + "data"))
        {
            keys.Should().ContainKey(data.Attribute("key")!.Value);
            keys[data.Attribute("key")!.Value].Should().Be(data.Parent!.Name.LocalName);
        }
    }

    [Fact]
    public void cytoscape_elements_are_groups_with_data()
    {
        using var document = JsonDocument.Parse(Write(ExportFormat.Cytoscape));

        var elements = document.RootElement.EnumerateArray().ToList();
        elements.Select(e => e.GetProperty("group").GetString()).Should().Equal("nodes", "nodes", "edges");
        elements[0].GetProperty("data").GetProperty("label").GetString().Should().Be("清华长三院, \"嘉兴\"");
        elements[2].GetProperty("data").GetProperty("properties").GetProperty("note").GetString().Should().Be("a,\nb");
    }

    [Fact]
    public void csv_quotes_fields_with_commas_quotes_and_line_breaks_and_ends_rows_with_crlf()
    {
        var nodes = Encoding.UTF8.GetString(Write(ExportFormat.NodesCsv));
        var edges = Encoding.UTF8.GetString(Write(ExportFormat.EdgesCsv));

        nodes.Should().StartWith("Id,Label,Kind,NameEn,Aliases,Sources,Properties\r\n");
        nodes.Should().Contain("institute.a,\"清华长三院, \"\"嘉兴\"\"\",Institute,Tsinghua Yangtze Delta,长三院;badalias,d001:§3.2;d002:¶4,\"{\"\"founded\"\":2016}\"\r\n");
        nodes.Should().EndWith("region.jiaxing,嘉兴市,Region,,,,{}\r\n");
        edges.Should().StartWith("Source,Target,Type,Id,Weight,Label,Relation,Sources,Via,Properties\r\n");
        edges.Should().Contain("institute.a,region.jiaxing,Directed,rel.1,1,LOCATED_IN,LOCATED_IN,d001:§3.2,,\"{\"\"note\"\":\"\"a,\\nb\"\"}\"\r\n");
    }

    private static byte[] Write(ExportFormat format)
    {
        using var output = new MemoryStream();
        var writer = ExportFormats.Writer(format, output);
        Task.Run(async () =>
        {
            await using (writer)
            {
                await writer.BeginAsync(CancellationToken.None);
                await writer.WriteNodeAsync(Awkward, CancellationToken.None);
                await writer.WriteNodeAsync(Plain, CancellationToken.None);
                await writer.BeginEdgesAsync(CancellationToken.None);
                await writer.WriteEdgeAsync(Located, CancellationToken.None);
                await writer.EndAsync(CancellationToken.None);
            }
        }).GetAwaiter().GetResult();
        return output.ToArray();
    }
}
