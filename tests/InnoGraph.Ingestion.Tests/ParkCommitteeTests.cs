using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class ParkCommitteeTests
{
    private static readonly string[] Parks = ["青山高新技术产业园区", "白沙湾新区", "东湖经济技术开发区", "青山经济开发区"];

    [Theory]
    [InlineData("青山高新区管理委员会", "青山高新技术产业园区管理委员会")]
    [InlineData("湾新区管理委员会", null)]
    [InlineData("沙湾新区管理委员会", null)]
    [InlineData("东湖经开区管理委员会", "东湖经济技术开发区管理委员会")]
    [InlineData("青山经济开发区管理委员会", null)]
    [InlineData("青山市科学技术局", null)]
    public void a_committee_named_by_its_parks_short_form_takes_the_parks_full_name(string committee, string? full)
    {
        ParkCommittee.FullName(committee, Parks).Should().Be(full);
    }

    [Fact]
    public void a_short_form_two_parks_fit_is_left_as_written()
    {
        ParkCommittee.FullName("高新区管理委员会", ["青山高新技术产业园区", "白沙高新技术产业开发区"]).Should().BeNull();
    }

    [Fact]
    public void a_committee_of_a_park_named_as_it_is_keeps_its_name()
    {
        ParkCommittee.FullName("白沙湾新区管理委员会", ["白沙湾新区", "江南白沙湾新区"]).Should().BeNull();
    }
}
