using System.Text;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Neo4j.Http;

namespace InnoGraph.Neo4j.Tests.Client;

public sealed class StreamingRowReaderTests
{
    [Fact]
    public async Task rows_are_read_across_reads_of_any_size()
    {
        var rows = string.Join(",", Enumerable.Range(0, 3000).Select(i => $$"""{"row":[{{i}},"name-{{i}}",{"nested":[{{i}}]}],"meta":[null,null,null]}"""));
        var body = $$"""{"results":[{"columns":["n","name","map"],"data":[{{rows}}]}],"errors":[]}""";

        var read = new List<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>();
        await foreach (var row in StreamingRowReader.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(body), 97), CancellationToken.None))
        {
            read.Add(row);
        }

        read.Should().HaveCount(3000);
        read[2999]["n"].GetInt32().Should().Be(2999);
        read[1234]["name"].GetString().Should().Be("name-1234");
        read[17]["map"].GetProperty("nested")[0].GetInt32().Should().Be(17);
    }

    [Fact]
    public async Task an_error_after_the_rows_is_thrown_after_they_are_yielded()
    {
        const string body = """{"results":[{"columns":["n"],"data":[{"row":[1]},{"row":[2]}]}],"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";
        var read = new List<int>();

        var act = async () =>
        {
            await foreach (var row in StreamingRowReader.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(body), 5), CancellationToken.None))
            {
                read.Add(row["n"].GetInt32());
            }
        };

        (await act.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Statement.ArithmeticError");
        read.Should().Equal(1, 2);
    }

    /// <summary>Hands out at most a few bytes per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
