using CoDraft.Core.Errors;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData(0x0), InlineData(0x1), InlineData(0x8), InlineData(0xB), InlineData(0xC), InlineData(0xE), InlineData(0x1F), InlineData(0xFFFE), InlineData(0xFFFF)]
    public void Characters_xml_forbids_are_refused_with_their_code_point_position(int codePoint)
    {
        var text = "😀ab" + (char)codePoint + "c";

        var refusal = Assert.Throws<InvalidCharacterException>(() => XmlSafeText.Require(text, "title"));

        Assert.Equal(ErrorCodes.TextInvalidCharacter, refusal.Code);
        Assert.Equal("title", refusal.Field);
        Assert.Equal(3, refusal.Position);
        Assert.Equal(codePoint, refusal.CodePoint);
    }

    [Theory]
    [InlineData("Tab\tline\nreturn\r")]
    [InlineData("Ünïcödé — “quotes” \u00A0 \u0085 \u007F")]
    [InlineData("😀 \uD7FF \uE000 \uFFFD")]
    [InlineData("")]
    public void Everything_xml_allows_passes(string text)
    {
        XmlSafeText.Require(text, "text");
        Assert.Same(text, XmlSafeText.Clean(text));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_such() =>
        Assert.Equal(ErrorCodes.TextInvalid, Assert.Throws<CoDraftException>(() => XmlSafeText.Require("a\uD800b", "body")).Code);

    [Fact]
    public void An_insert_is_refused_at_its_place_in_the_text_and_a_delete_of_such_a_character_is_allowed()
    {
        var insert = new TextOp([OpComponent.Retain(5), OpComponent.DeleteCount(2), OpComponent.Insert("ok\u0001")]);

        var refusal = Assert.Throws<InvalidCharacterException>(() => XmlSafeText.RequireInserts(insert, "text"));

        Assert.Equal(9, refusal.Position);
        XmlSafeText.RequireInserts(new TextOp([OpComponent.Retain(1), OpComponent.Delete("\u000B")]), "text");
    }

    [Fact]
    public void Clean_turns_vertical_tab_and_form_feed_into_line_breaks_drops_the_rest_and_replaces_lone_surrogates() =>
        Assert.Equal("a\nb\nc d\uFFFDe😀", XmlSafeText.Clean("a\u000Bb\u000Cc\u0001 d\uD800e😀\uFFFF"));
}
