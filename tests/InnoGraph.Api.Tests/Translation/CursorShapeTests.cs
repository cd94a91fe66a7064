using System.Text;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Tests.Translation;

/// <summary>A cursor is accepted only by the field and ordering that issued it.</summary>
public sealed class CursorShapeTests
{
    private const char S = Cursor.Separator;

    public static TheoryData<string, string> Refused => new()
    {
        // field arguments, cursor
        { "first: 2", Convert.ToBase64String(Encoding.UTF8.GetBytes("hello world")) },
        { "first: 2", Cursor.Encode($"清华大学{S}univ.tsinghua") },
        { "first: 2, orderBy: TYPE", Cursor.Encode($"清华大学{S}x|CO_BUILT_WITH|y{S}OUT") },
        { "first: 2, orderBy: TYPE", Cursor.Encode($"NOT_A_TYPE{S}清华大学{S}x|CO_BUILT_WITH|y{S}OUT") },
        { "first: 2, orderBy: ORDER", Cursor.Encode($"CO_BUILT_WITH{S}清华大学{S}x|CO_BUILT_WITH|y{S}OUT") },
        { "first: 2", Cursor.Encode($"清华大学{S}x|CO_BUILT_WITH|y{S}SIDEWAYS") },
        { "first: 2", Cursor.Encode($"a{S}b{S}c{S}d{S}e") },
        { "first: 2", Base64Of(0xFF, 0xFE, 0x01) },
        { "first: 2", "%%%" },
        { "first: 2", "" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void a_relations_cursor_of_the_wrong_shape_is_bad_cursor(string arguments, string cursor)
    {
        var translate = () => Translate.Single($$"""{ entity(id: "a") { relations({{arguments}}, after: "{{cursor}}") { edges { id } } } }""");

        translate.Should().Throw<TranslationException>().Which.Code.Should().Be("BAD_CURSOR");
    }

    [Theory]
    [InlineData("NAME", "清华大学\u0001x|CO_BUILT_WITH|y\u0001OUT")]
    [InlineData("TYPE", "CO_BUILT_WITH\u0001清华大学\u0001x|CO_BUILT_WITH|y\u0001IN")]
    [InlineData("ORDER", "10000000000000000001\u0001清华大学\u0001x|CO_BUILT_WITH|y\u0001OUT")]
    public void a_relations_cursor_of_its_own_ordering_is_accepted(string orderBy, string key)
    {
        var statement = Translate.Single($$"""{ entity(id: "a") { relations(orderBy: {{orderBy}}, after: "{{Cursor.Encode(key)}}") { edges { id } } } }""");

        statement.Parameters!.Values.Should().Contain(key);
    }

    [Theory]
    [InlineData("清华大学\u0001x|CO_BUILT_WITH|y\u0001OUT")]
    [InlineData("清华大学\u0001")]
    [InlineData("just text")]
    public void an_entities_cursor_of_the_wrong_shape_is_bad_cursor(string key)
    {
        var translate = () => Translate.Single($$"""{ entities(after: "{{Cursor.Encode(key)}}") { totalCount } }""");

        translate.Should().Throw<TranslationException>().Which.Code.Should().Be("BAD_CURSOR");
    }

    [Fact]
    public void an_entities_cursor_it_issued_is_accepted()
    {
        var key = "清华大学\u0001univ.tsinghua";

        var statement = Translate.Single($$"""{ entities(after: "{{Cursor.Encode(key)}}") { totalCount } }""");

        statement.Parameters!.Values.Should().Contain(key);
    }

    private static string Base64Of(params byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
