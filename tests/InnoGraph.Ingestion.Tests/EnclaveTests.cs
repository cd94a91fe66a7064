using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class EnclaveTests
{
    private static bool IsPlace(string name) => name is "东湖区" or "东湖" or "白沙" or "白沙市";

    [Fact]
    public void an_enclave_is_named_with_its_home_and_the_bracketed_place_it_stands_in()
    {
        EnclaveRule.Find("东湖区与白沙市共建东湖(白沙)科创飞地,推行异地研发。", IsPlace).Select(e => (e.Name, e.Kind))
            .Should().Equal(("东湖(白沙)科创飞地", EntityKind.Platform));
    }

    [Fact]
    public void brackets_that_hold_no_place_or_follow_no_home_name_no_enclave()
    {
        EnclaveRule.Find("建设青年(人才)科创飞地。", IsPlace).Should().BeEmpty();
        EnclaveRule.Find("建设东湖(研发)科创飞地。", IsPlace).Should().BeEmpty();
    }

    [Fact]
    public void an_enclave_stands_in_the_place_its_brackets_name()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("东湖区(白沙市)科创飞地投入运行。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var enclave = result.Entities.Should().ContainSingle(e => e.Name == "东湖区(白沙市)科创飞地").Which;
        result.Relations.Where(r => r.From == enclave.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.baisha");
    }
}
