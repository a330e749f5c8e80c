using CoDraft.Core.Accounts;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.SignOff;

/// <summary>
/// One server and the people of a small coalition, made once per test class: a lead and an editor of the convening
/// organisation, and a signatory in each of two partner organisations (plus a second signatory of partner A).
/// Every test makes its own statement with <see cref="NewStatementAsync"/>, so tests share no data but the people.
/// </summary>
public sealed class SignOffFixture : IAsyncLifetime
{
    public CoDraftFactory Factory { get; } = new();
    public Guid Convening { get; private set; }
    public Guid PartnerA { get; private set; }
    public Guid PartnerB { get; private set; }
    public TestPerson Lead { get; private set; } = null!;
    public TestPerson Editor { get; private set; } = null!;
    public TestPerson SignatoryA { get; private set; } = null!;
    public TestPerson SignatoryB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var accounts = Factory.Accounts;
        Convening = await accounts.OrganisationAsync("Convening Alliance");
        PartnerA = await accounts.OrganisationAsync("Partner <A> & Co", "BE");
        PartnerB = await accounts.OrganisationAsync("Partner B", "FR");
        Lead = await accounts.PersonAsync("Lena Lead", Convening, organisationAdmin: true);
        Editor = await accounts.PersonAsync("Eddie Editor", Convening);
        SignatoryA = await accounts.PersonAsync("Anna Signatory", PartnerA);
        SignatoryB = await accounts.PersonAsync("Bruno Signatory", PartnerB);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new statement with <paramref name="text"/>, partners A and B, their signatories and the editor; its id.</summary>
    public async Task<Guid> NewStatementAsync(string text = "We call on the EU to protect children online.", string title = "Open letter on child protection")
    {
        var (id, _) = await Lead.Client.CreateStatementAsync(title, text);
        await TestAccounts.AddPartnerAsync(Lead, id, PartnerA);
        await TestAccounts.AddPartnerAsync(Lead, id, PartnerB);
        await TestAccounts.GiveRoleAsync(Lead, id, SignatoryA, StatementRole.Signatory);
        await TestAccounts.GiveRoleAsync(Lead, id, SignatoryB, StatementRole.Signatory);
        await TestAccounts.GiveRoleAsync(Lead, id, Editor, StatementRole.Editor);
        return id;
    }

    /// <summary>The signatories and the organisation each decides for, the lead deciding for the convening organisation.</summary>
    public IEnumerable<(TestPerson Person, Guid Organisation)> Deciders => [(Lead, Convening), (SignatoryA, PartnerA), (SignatoryB, PartnerB)];
}
