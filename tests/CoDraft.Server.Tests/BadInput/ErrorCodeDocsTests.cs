using System.Reflection;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.BadInput;

public sealed class ErrorCodeDocsTests
{
    [Fact]
    public void Docs_errors_md_lists_every_code_the_server_can_answer_with()
    {
        var docs = RepositoryFiles.Read("docs", "errors.md");
        var codes = new[] { typeof(ErrorCodes), typeof(InvalidOpException) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

        var undocumented = codes.Where(c => !docs.Contains($"`{c}`", StringComparison.Ordinal)).ToList();

        Assert.True(undocumented.Count == 0, "Not in docs/errors.md: " + string.Join(", ", undocumented));
    }
}
