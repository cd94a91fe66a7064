using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Tests.Validation;

public sealed class IdAndKeyRulesTests
{
    [Theory]
    [InlineData("inst.tsinghua-yangtze-delta")]
    [InlineData("region.jiaxing")]
    [InlineData("task.315.2-1")]
    public void well_formed_ids_are_accepted(string id) => EntityId.IsValid(id).Should().BeTrue();

    [Theory]
    [InlineData("inst.x\n")]
    [InlineData("inst.x\r\n")]
    [InlineData("\ninst.x")]
    [InlineData("inst.x ")]
    [InlineData("inst.x\0")]
    [InlineData("inst.\u0663")]
    [InlineData("Inst.x")]
    [InlineData("inst..x")]
    [InlineData("inst.x-")]
    [InlineData("")]
    public void an_id_with_a_final_newline_or_anything_outside_the_form_is_refused(string id)
    {
        EntityId.IsValid(id).Should().BeFalse();
        EntityId.Describe(id).Should().Contain("is not a valid id").And.NotContain("\n").And.NotContain("\0");
    }

    [Fact]
    public void an_id_longer_than_the_limit_is_refused() => EntityId.IsValid("inst." + new string('a', EntityId.MaxLength)).Should().BeFalse();

    [Theory]
    [InlineData("g60", true)]
    [InlineData("cross-regional-innovation", true)]
    [InlineData("2020-actual", true)]
    [InlineData("g60\n", false)]
    [InlineData("g60|x", false)]
    [InlineData("G60", false)]
    public void relation_keys_follow_the_id_form_to_the_last_character(string key, bool valid) => RelationKey.IsValid(key).Should().Be(valid);

    [Fact]
    public void a_refused_key_is_named_in_its_message_with_the_newline_escaped() =>
        RelationKey.Describe("g60\n").Should().StartWith("key 'g60\\u000A'").And.Contain("not a valid key");
}
