using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Tests.Validation;

public sealed class PropertyValuesTests
{
    private static readonly PropertySpec Founded = PropertySpec.Integer("founded");
    private static readonly PropertySpec Amount = PropertySpec.Number("amount");
    private static readonly PropertySpec Type = PropertySpec.Text("type");

    [Theory]
    [InlineData("2003", 2003L)]
    [InlineData("3000000000", 3000000000L)]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void whole_numbers_are_kept_exactly_as_64_bit_integers(string text, long expected)
    {
        PropertyValues.TryConvert(Founded, text, quoted: false, out var value, out var error).Should().BeTrue(error);
        value.Should().BeOfType<long>().Which.Should().Be(expected);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("99999999999999999999999999999")]
    public void a_whole_number_beyond_64_bits_is_refused_as_out_of_range_naming_the_field(string text)
    {
        PropertyValues.TryConvert(Founded, text, quoted: false, out _, out var error).Should().BeFalse();
        error.Should().Contain("out of range for founded").And.Contain("9223372036854775807");
    }

    [Theory]
    [InlineData("2003.5")]
    [InlineData("1E+20")]
    public void a_fraction_or_exponent_is_not_a_whole_number(string text)
    {
        PropertyValues.TryConvert(Founded, text, quoted: false, out _, out var error).Should().BeFalse();
        error.Should().Contain("not a valid whole number").And.Contain("founded");
    }

    [Fact]
    public void a_quoted_number_is_not_a_whole_number() =>
        PropertyValues.TryConvert(Founded, "2003", quoted: true, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("1e400", "out of range for amount")]
    [InlineData("-1e400", "out of range for amount")]
    [InlineData("NaN", "not a valid number")]
    [InlineData("Infinity", "not a valid number")]
    public void a_number_must_be_finite(string text, string reason)
    {
        PropertyValues.TryConvert(Amount, text, quoted: false, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Theory]
    [InlineData("a\0b", "type contains the control character U+0000")]
    [InlineData("a\u202Eb", "type contains the bidirectional formatting character U+202E")]
    public void a_text_value_is_plain_text(string text, string reason)
    {
        PropertyValues.TryConvert(Type, text, quoted: true, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Fact]
    public void a_text_value_longer_than_the_limit_is_refused() =>
        PropertyValues.TryConvert(Type, new string('x', PropertyValues.MaxTextLength + 1), quoted: true, out _, out _).Should().BeFalse();

    [Fact]
    public void the_messages_for_the_shape_of_properties_name_the_field()
    {
        PropertyValues.NotAMap("properties").Should().StartWith("properties must be a map");
        PropertyValues.Check([Founded], "Institute", "founded", null, out _, out _).Should().StartWith("founded must be a single value");
        PropertyValues.Check([Founded], "Institute", "owner", new WrittenValue("x", Quoted: true), out var spec, out _).Should().Be("unknown property 'owner' for Institute: its properties are founded");
        spec.Should().BeNull();
    }

    [Fact]
    public void a_known_property_with_one_value_is_converted_by_its_type()
    {
        PropertyValues.Check([Founded], "Institute", "founded", new WrittenValue("2003", Quoted: false), out var spec, out var value).Should().BeNull();
        spec.Should().Be(Founded);
        value.Should().Be(2003L);
    }
}
