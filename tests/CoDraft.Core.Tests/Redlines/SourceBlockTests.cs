using System.Text.RegularExpressions;
using CoDraft.Core.Redlines;
using CsCheck;

namespace CoDraft.Core.Tests.Redlines;

public sealed class SourceBlockTests
{
    private static readonly Gen<string> Text =
        Gen.OneOf("we", "ask", " ", "  ", "\n", "\t", "\r\n", "\u00A0", "\u2003", ",", "我", "1.", "2)").Array[0, 20].Select(string.Concat);

    [Fact]
    public void A_blocks_key_is_its_text_with_every_run_of_whitespace_one_space_and_none_at_the_ends()
    {
        Text.Sample(text =>
        {
            var expected = Regex.Replace(text, @"\s+", " ").Trim();

            Assert.Equal(expected, new SourceBlock(RedlineBlockKind.Paragraph, text).Key);
        });
    }
}
