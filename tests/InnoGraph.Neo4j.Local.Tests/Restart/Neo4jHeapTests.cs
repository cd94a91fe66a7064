namespace InnoGraph.Neo4j.Local.Tests.Restart;

public sealed class Neo4jHeapTests
{
    [Theory]
    [InlineData("2g", 2048)]
    [InlineData("1500m", 1500)]
    [InlineData(" 1G ", 1024)]
    [InlineData("512M", 512)]
    public void a_size_with_a_unit_is_read_as_megabytes(string text, int megabytes) =>
        Neo4jHeap.Parse(text, machineMegabytes: 8192).Should().Be(megabytes);

    [Theory]
    [InlineData("2")]
    [InlineData("2x")]
    [InlineData("g")]
    [InlineData("-1g")]
    [InlineData("1.5g")]
    [InlineData("64m")]
    [InlineData("9g")]
    public void anything_else_is_refused_with_the_setting_and_an_example(string text)
    {
        var parse = () => Neo4jHeap.Parse(text, machineMegabytes: 8192);

        parse.Should().Throw<LocalNeo4jException>().Which.Message.Should().Contain(Neo4jHeap.Setting).And.Contain("2g");
    }

    [Theory]
    [InlineData(24 * 1024, 4096)]
    [InlineData(8 * 1024, 2048)]
    [InlineData(1024, 512)]
    public void the_default_is_a_quarter_of_the_memory_between_512_mb_and_4_gb(long machine, int expected) =>
        Neo4jHeap.Default(machine).Should().Be(expected);
}
