using System.Net.Http.Json;
using CoDraft.Core.Accounts;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>
/// One statement and a person for each <see cref="Caller"/>: a lead of the convening organisation, a viewer,
/// commenter, signatory and editor of a partner organisation, and an outsider whose organisation is not on the
/// statement. <see cref="Spectator"/> (of the partner) and two spare organisations are what leads manage in
/// the matrix. Built once per test class through the real APIs.
/// </summary>
public sealed class Coalition(CoDraftFactory factory)
{
    public CoDraftFactory Factory { get; } = factory;
    public Guid StatementId { get; private set; }
    public Guid ConveningOrganisation { get; private set; }
    public Guid PartnerOrganisation { get; private set; }
    public Guid SpareOrganisation { get; private set; }
    public TestPerson Lead { get; private set; } = null!;
    public TestPerson Spectator { get; private set; } = null!;
    private readonly Dictionary<Caller, TestPerson> people = [];

    public async Task BuildAsync()
    {
        var accounts = Factory.Accounts;
        ConveningOrganisation = await accounts.OrganisationAsync("Convening NGO");
        PartnerOrganisation = await accounts.OrganisationAsync("Partner Network", "BE");
        SpareOrganisation = await accounts.OrganisationAsync("Spare Foundation", "FR");
        var outsiderOrganisation = await accounts.OrganisationAsync("Outsider Company", "NL");
        Lead = await accounts.PersonAsync("Lena Lead", ConveningOrganisation, organisationAdmin: true);
        var (id, _) = await Lead.Client.CreateStatementAsync("Open letter on child protection", "We call on the EU.");
        StatementId = id;
        await TestAccounts.AddPartnerAsync(Lead, StatementId, PartnerOrganisation);
        people[Caller.Lead] = Lead;
        people[Caller.Outsider] = await accounts.PersonAsync("Otto Outsider", outsiderOrganisation);
        foreach (var (caller, role) in new[]
                 {
                     (Caller.Viewer, StatementRole.Viewer), (Caller.Commenter, StatementRole.Commenter),
                     (Caller.Signatory, StatementRole.Signatory), (Caller.Editor, StatementRole.Editor),
                 })
        {
            var person = await accounts.PersonAsync($"{caller} Person", PartnerOrganisation);
            await TestAccounts.GiveRoleAsync(Lead, StatementId, person, role);
            people[caller] = person;
        }
        Spectator = await accounts.PersonAsync("Sam Spectator", PartnerOrganisation);
    }

    /// <summary>The person for <paramref name="caller"/>, or null for <see cref="Caller.Anonymous"/>.</summary>
    public TestPerson? Person(Caller caller) => people.GetValueOrDefault(caller);

    /// <summary>A client acting as <paramref name="caller"/>.</summary>
    public HttpClient Client(Caller caller) => Person(caller)?.Client ?? Factory.Accounts.Anonymous();

    /// <summary>The statement's current version, as the lead reads it.</summary>
    public async Task<long> CurrentVersionAsync() =>
        (await (await Lead.Client.GetAsync($"/api/statements/{StatementId}")).ReadJsonAsync()).GetProperty("version").GetInt64();

    /// <summary>Makes sure the spectator has a role, so that removing it can succeed.</summary>
    public async Task GiveSpectatorARoleAsync() => await TestAccounts.GiveRoleAsync(Lead, StatementId, Spectator, StatementRole.Viewer);

    /// <summary>Makes sure the spectator (of the partner) is proposed as its signatory, so that withdrawing it can succeed.</summary>
    public async Task ProposeSpectatorAsync() =>
        (await Lead.Client.PutAsJsonAsync($"/api/statements/{StatementId}/access/people/{Spectator.Id}", new { role = "Signatory" })).EnsureSuccessStatusCode();

    /// <summary>Makes sure the spare organisation is a partner, so that removing it can succeed.</summary>
    public async Task AddSparePartnerAsync() =>
        (await Lead.Client.PostAsJsonAsync($"/api/statements/{StatementId}/access/partners", new { organisationId = SpareOrganisation })).EnsureSuccessStatusCode();
}
