using CoDraft.Server.Rendering;
using CoDraft.Server.Rendering.Emails;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoDraft.Server.Tests.Rendering;

/// <summary>Emails rendered from Razor components: subject, HTML and plain text from one template.</summary>
public sealed class EmailRendererTests : IAsyncLifetime
{
    private ServiceProvider services = null!;

    public Task InitializeAsync()
    {
        services = new ServiceCollection().AddLogging().AddSingleton<ComponentRenderer>().AddSingleton<EmailRenderer>().BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    private Task<EmailMessage> SignOnRequestedAsync(string organisation) =>
        services.GetRequiredService<EmailRenderer>().RenderAsync<SignOnRequestedEmail>(new Dictionary<string, object?>
        {
            [nameof(SignOnRequestedEmail.StatementTitle)] = "Open letter on «online safety»",
            [nameof(SignOnRequestedEmail.Organisation)] = organisation,
            [nameof(SignOnRequestedEmail.Country)] = "FR",
            [nameof(SignOnRequestedEmail.ReviewUrl)] = "https://codraft.example/statements/42/sign-ons?a=1&b=2",
        });

    [Fact]
    public async Task A_sign_on_request_email_has_its_subject_html_and_plain_text_from_one_template()
    {
        var email = await SignOnRequestedAsync("Société Générale des Enfants");

        Assert.Equal("Sign-on request for “Open letter on «online safety»”", email.Subject);
        Assert.Contains("<h1>Société Générale des Enfants asked to sign on</h1>", email.Html);
        Assert.Contains("<a href=\"https://codraft.example/statements/42/sign-ons?a=1&amp;b=2\">Review the request</a>", email.Html);
        Assert.Contains("<style>", email.Html);
        Assert.Equal(
            "Société Générale des Enfants asked to sign on\n\n" +
            "Société Générale des Enfants (FR) asked to be listed as a signatory of “Open letter on «online safety»”. It is not shown in public until a lead approves it.\n\n" +
            "Review the request (https://codraft.example/statements/42/sign-ons?a=1&b=2)\n\n" +
            "You receive this because you are a lead of this statement.\n",
            email.PlainText);
    }

    [Fact]
    public async Task A_name_with_markup_is_text_in_the_html_and_in_the_plain_text()
    {
        var email = await SignOnRequestedAsync("<b>Bold</b> & <script>alert(1)</script> Org");

        Assert.DoesNotContain("<script", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", email.Html);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; Org asked to sign on", email.Html);
        Assert.StartsWith("<b>Bold</b> & <script>alert(1)</script> Org asked to sign on\n", email.PlainText);
    }
}
