using System.Text;
using System.Text.Json;
using InnoGraph.Integration.Tests.Support;

namespace InnoGraph.Integration.Tests.Export;

/// <summary>Reads an export back with parsers that share no code with the writers: graphology and Cytoscape.js from node, and an RFC 4180 reader.</summary>
internal static class ExportFiles
{
    public sealed record Parsed(IReadOnlyList<JsonElement> Nodes, IReadOnlyList<JsonElement> Edges)
    {
        public IReadOnlyList<string> NodeIds => [.. Nodes.Select(n => n.GetProperty("id").GetString()!)];

        public IReadOnlyList<string> EdgeIds => [.. Edges.Select(n => n.GetProperty("id").GetString()!)];

        public void ShouldHaveNoDanglingEdges()
        {
            var ids = NodeIds.ToHashSet(StringComparer.Ordinal);
            Edges.Should().AllSatisfy(e =>
            {
                ids.Should().Contain(e.GetProperty("source").GetString());
                ids.Should().Contain(e.GetProperty("target").GetString());
            });
        }
    }

    /// <summary>Opens <paramref name="bytes"/> with the reader of <paramref name="format"/>: gexf, graphml or cyjs.</summary>
    public static async Task<Parsed> ReadAsync(string format, byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"innograph-export-{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var parsed = await NodeReaders.RunAsync("read-export.mjs", null, format, file);
            return new Parsed([.. parsed.GetProperty("nodes").EnumerateArray()], [.. parsed.GetProperty("edges").EnumerateArray()]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static bool StartsWithBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    public static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                c.Should().NotBe('\n', "a bare line feed outside quotes is not an RFC 4180 record end");
                field.Append(c);
            }
        }

        quoted.Should().BeFalse("every quoted field is closed");
        field.Length.Should().Be(0, "the last record ends with CRLF");
        return rows;
    }
}
