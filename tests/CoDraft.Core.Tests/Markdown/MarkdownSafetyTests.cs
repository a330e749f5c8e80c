using System.Text.RegularExpressions;
using CoDraft.Core.Markdown;

namespace CoDraft.Core.Tests.Markdown;

public sealed partial class MarkdownSafetyTests
{
    public static TheoryData<string> Payloads() => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[x](https://example.org \"t\" onmouseover=alert(1))",
        "<iframe src=https://evil.example></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "```html\n<script>alert(1)</script>\n```",
        "[x]: javascript:alert(1)\n\n[click][x]",
        "<details open ontoggle=alert(1)>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Xss_payload_does_not_survive_rendering(string payload)
    {
        var html = MarkdownRenderer.ToHtml("Before " + payload + " after");

        Assert.DoesNotMatch(ScriptTag(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotMatch(DangerousUrlAttribute(), html);
        Assert.DoesNotMatch(ActiveElement(), html);
    }

    [Fact]
    public void Code_block_keeps_the_payload_as_visible_text()
    {
        var html = MarkdownRenderer.ToHtml("```\n<script>alert(1)</script>\n```");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("http://example.org/a?b=c", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    public void Only_http_https_and_mailto_urls_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, MarkdownRenderer.IsAllowedUrl(url));

    [GeneratedRegex("<\\s*script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[^>]*\\son\\w+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<[^>]*(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousUrlAttribute();

    [GeneratedRegex("<\\s*(iframe|svg|object|embed|details|div|style)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveElement();
}
