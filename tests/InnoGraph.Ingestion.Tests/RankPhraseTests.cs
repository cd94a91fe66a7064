using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class RankPhraseTests
{
    [Theory]
    [InlineData("研发投入强度居全省第3位", 3, "province")]
    [InlineData("研发投入强度居全市第2位", 2, "city")]
    [InlineData("研发投入强度居青山市第2位", 2, "city")]
    [InlineData("研发投入强度位列江南省第5名", 5, "province")]
    [InlineData("省级高新区排名进入全省前30位", 30, "province")]
    [InlineData("研发投入强度居全省县(市、区)第4位", 4, "province")]
    [InlineData("研发投入强度居全省山区26县第1位", 1, "province")]
    [InlineData("研发投入强度居全市县市区第3位", 3, "city")]
    public void a_rank_is_read_with_the_scope_it_is_among(string text, int value, string scope)
    {
        var rank = RankPhrase.Find(text, 0, text.Length);

        rank.Should().NotBeNull();
        (rank!.Value, rank.Scope).Should().Be((value, scope));
    }

    [Fact]
    public void a_batch_is_no_rank()
    {
        RankPhrase.Find("青山市列入第一批试点", 0, 10).Should().BeNull();
    }
}
