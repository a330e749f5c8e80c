using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;

namespace CoDraft.Core.Tests.Accounts;

public sealed class AccountValueTests
{
    [Theory]
    [InlineData("  Amira.Haddad@Partner.Example ", "amira.haddad@partner.example")]
    [InlineData("x@y", "x@y")]
    public void Emails_are_trimmed_and_lower_cased(string given, string expected)
    {
        Assert.Equal(expected, EmailAddress.Normalize(given));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("@partner.example")]
    [InlineData("amira@")]
    [InlineData("a@b@c")]
    [InlineData("amira haddad@partner.example")]
    public void Malformed_emails_are_refused(string? given)
    {
        Assert.Equal(ErrorCodes.InvalidRequest, Assert.Throws<CoDraftException>(() => EmailAddress.Normalize(given)).Code);
    }

    [Fact]
    public void Printing_a_person_never_shows_the_password_hash()
    {
        var person = new Person(Guid.NewGuid(), "a@b.example", "Amira", "AQAAAAIAAYagsecret-hash", "stamp-value", false, DateTimeOffset.UnixEpoch);

        var printed = person.ToString();

        Assert.Contains("Amira", printed);
        Assert.DoesNotContain("secret-hash", printed);
        Assert.DoesNotContain("stamp-value", printed);
    }

    [Fact]
    public void Secret_tokens_are_random_prefixed_and_hashed_as_sha256_hex()
    {
        var one = SecretToken.Create("cdp_");
        var two = SecretToken.Create("cdp_");

        Assert.StartsWith("cdp_", one);
        Assert.NotEqual(one, two);
        Assert.Equal(4 + 43, one.Length);
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", SecretToken.Hash("hello"));
    }

    [Fact]
    public void An_access_token_works_until_it_expires_or_is_revoked()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(10);
        var token = new AccessToken(Guid.NewGuid(), Guid.NewGuid(), "ci", "hash", now.AddDays(-1), now.AddDays(1));

        Assert.True(token.IsActive(now));
        Assert.False(token.IsActive(now.AddDays(1)));
        Assert.False((token with { RevokedAt = now }).IsActive(now));
    }

    [Theory]
    [InlineData("de", "DE")]
    [InlineData(" BE ", "BE")]
    public void Countries_are_two_letter_codes(string given, string expected)
    {
        Assert.Equal(expected, OrganisationFields.Country(given));
    }

    [Theory]
    [InlineData("Germany")]
    [InlineData("D1")]
    [InlineData(null)]
    public void Other_country_values_are_refused(string? given)
    {
        Assert.Equal(ErrorCodes.InvalidRequest, Assert.Throws<CoDraftException>(() => OrganisationFields.Country(given)).Code);
    }

    [Fact]
    public void Websites_are_absolute_http_addresses_or_nothing()
    {
        Assert.Equal("https://ngo.example/about", OrganisationFields.Website(" https://ngo.example/about "));
        Assert.Null(OrganisationFields.Website("  "));
        Assert.Throws<CoDraftException>(() => OrganisationFields.Website("javascript:alert(1)"));
        Assert.Throws<CoDraftException>(() => OrganisationFields.Website("https://ngo.example/\u000Babout"));
        Assert.Throws<CoDraftException>(() => OrganisationFields.Website("ngo.example"));
    }
}
