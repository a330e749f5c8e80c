using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

public sealed class HtmlTests
{
    [Fact]
    public void Markup_characters_become_references_while_letters_of_every_script_stay_readable()
    {
        var encoded = Html.Encoder.Encode("<script>alert('x')</script> & \"Société\" «ONG» 中文 العربية 👍");

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Société&quot; «ONG» 中文 العربية &#x1F44D;", encoded);
    }
}
