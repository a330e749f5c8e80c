using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeResolveTests
{
    [Fact]
    public void Count_only_delete_gets_the_documents_text()
    {
        Assert.Equal(Parse("""[1,{"d":"😀中"}]"""), TextType.Resolve("a😀中b", Parse("""[1, {"d": 2}]""")));
    }

    [Fact]
    public void Resolved_op_is_in_normal_form()
    {
        Assert.Equal(Parse("""[2,"x",{"d":"cd"}]"""), TextType.Resolve("abcdef", Parse("""[1, 1, {"d": 1}, "x", {"d": "d"}, 2]""")));
    }

    [Fact]
    public void Delete_of_other_text_is_refused()
    {
        Assert.Equal("op.delete_mismatch", Assert.Throws<InvalidOpException>(() => TextType.Resolve("abc", Parse("""[{"d": "b"}]"""))).Code);
    }

    [Fact]
    public void Op_longer_than_the_document_is_refused()
    {
        Assert.Equal("op.out_of_range", Assert.Throws<InvalidOpException>(() => TextType.Resolve("ab", Parse("""[2, {"d": 1}]"""))).Code);
    }
}
