using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class OfficialNameTests
{
    private static readonly DocumentCity Qingshan = new("region.qingshan", "青山市");
    private static readonly DocumentCity Donghu = new("region.qingshan.donghu", "东湖县", IsCounty: true);

    [Theory]
    [InlineData("市科技局", "青山市科学技术局")]
    [InlineData("市发展改革委", "青山市发展和改革委员会")]
    [InlineData("市发改委", "青山市发展和改革委员会")]
    [InlineData("市发展改革局", "青山市发展和改革局")]
    [InlineData("市经信局", "青山市经济和信息化局")]
    [InlineData("市人力社保局", "青山市人力资源和社会保障局")]
    [InlineData("市市场监管局", "青山市市场监督管理局")]
    [InlineData("市卫健委", "青山市卫生健康委员会")]
    [InlineData("市金融办", "青山市人民政府金融工作办公室")]
    [InlineData("市国资委", "青山市人民政府国有资产监督管理委员会")]
    [InlineData("市科协", "青山市科学技术协会")]
    [InlineData("市教育局", "青山市教育局")]
    [InlineData("青山市经信局", "青山市经济和信息化局")]
    [InlineData("青山科技局", "青山市科学技术局")]
    public void a_departments_short_form_takes_the_standard_name_in_the_documents_city(string written, string official)
    {
        OfficialNames.Of(written, Qingshan).Should().Be(official);
    }

    [Theory]
    [InlineData("市委", "中共青山市委员会")]
    [InlineData("市委组织部", "中共青山市委组织部")]
    [InlineData("市委人才办", "中共青山市委人才工作领导小组办公室")]
    [InlineData("市委编办", "中共青山市委机构编制委员会办公室")]
    [InlineData("市委金融办", "中共青山市委金融委员会办公室")]
    [InlineData("团市委", "共青团青山市委员会")]
    [InlineData("市政协办公室", "中国人民政治协商会议青山市委员会办公室")]
    [InlineData("市法院", "青山市中级人民法院")]
    [InlineData("市检察院", "青山市人民检察院")]
    [InlineData("市税务局", "国家税务总局青山市税务局")]
    [InlineData("人行青山市中心支行", "中国人民银行青山市中心支行")]
    [InlineData("人民银行青山市分行", "中国人民银行青山市分行")]
    [InlineData("青山银保监分局", "中国银行保险监督管理委员会青山监管分局")]
    public void party_offices_courts_and_branches_of_national_bodies_take_their_own_forms(string written, string official)
    {
        OfficialNames.Of(written, Qingshan).Should().Be(official);
    }

    [Fact]
    public void a_countys_court_is_its_peoples_court_and_its_bureaus_take_the_countys_name()
    {
        OfficialNames.Of("县法院", Donghu).Should().Be("东湖县人民法院");
        OfficialNames.Of("县科技局", Donghu).Should().Be("东湖县科学技术局");
    }

    [Fact]
    public void a_name_that_is_not_a_short_form_of_the_documents_place_is_left_alone()
    {
        OfficialNames.Of("市场监管局", Qingshan).Should().BeNull();
        OfficialNames.Of("白沙市科技局", Qingshan).Should().BeNull();
    }

    [Fact]
    public void a_provinces_department_named_by_its_short_form_in_running_text_is_the_provinces_under_its_official_name()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("积极争取省科技厅在重大项目布局上给予支持。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Entities.Should().ContainSingle(e => e.Kind == Domain.Model.EntityKind.GovernmentBody).Which.Name.Should().Be("江南省科学技术厅");
        OfficialNames.ProvincialDepartments("省科技厅会同省财政厅").Should().Equal((0, 4), (6, 10));
    }

    [Fact]
    public void a_management_committees_short_form_is_written_out()
    {
        OfficialNames.WithFullSuffix("青山经济技术开发区管委会").Should().Be("青山经济技术开发区管理委员会");
        OfficialNames.WithFullSuffix("青山市科学技术局").Should().Be("青山市科学技术局");
    }

    [Fact]
    public void a_management_committee_in_a_unit_list_takes_its_full_name()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("1.建设科创走廊。(责任单位:市科技局、青山经济技术开发区管委会)", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Entities.Select(e => e.Name).Should().Contain("青山经济技术开发区管理委员会").And.NotContain("青山经济技术开发区管委会");
    }

    [Fact]
    public void the_county_governments_phrase_gets_its_brackets_back()
    {
        OfficialNames.Bracketed("有关县市、区政府").Should().Be("有关县(市、区)政府");
    }
}
