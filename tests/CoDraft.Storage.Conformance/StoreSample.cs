using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Storage.Conformance;

/// <summary>
/// A small coalition's store with one record or more of every kind, in the states that are easy to lose in a copy:
/// a locked-out person, a revoked token, a used invitation, access changed three times, revisions of every kind, a
/// sign-off round with a decision (the letter is InReview), audit entries, a resolved thread with a reply, a suggestion,
/// and a second statement that is published.
/// </summary>
public sealed record StoreSample(
    StatementRecord Letter,
    StatementRecord Empty,
    string LetterText,
    Person Lead,
    Organisation Convening,
    Organisation Partner,
    AccessToken RevokedToken,
    Invitation UsedInvitation)
{
    /// <summary>How many ops the letter's log holds.</summary>
    public const int LetterOps = 40;

    /// <summary>Fills <paramref name="store"/> (which must be empty) with the sample.</summary>
    public static async Task<StoreSample> FillAsync(IDraftStore store)
    {
        var convening = StoreTestData.Organisation("Kinderschutz Bund");
        var partner = StoreTestData.Organisation("Enfance & Partage");
        await store.CreateOrganisationAsync(convening);
        await store.CreateOrganisationAsync(partner);
        var lead = StoreTestData.Person("Amira Haddad", administrator: true);
        var editor = StoreTestData.Person("Jonas Weber") with { FailedSignIns = 3, LockedUntil = StoreTestData.NextTime() };
        var loner = StoreTestData.Person("Zoë Ørsted 👩‍⚖️");
        foreach (var person in new[] { lead, editor, loner })
        {
            await store.CreatePersonAsync(person);
        }
        await store.AddMembershipAsync(new Membership(convening.Id, lead.Id, true, StoreTestData.NextTime()));
        await store.AddMembershipAsync(new Membership(partner.Id, editor.Id, false, StoreTestData.NextTime()));
        var revoked = StoreTestData.Token(lead, "old laptop");
        await store.AddAccessTokenAsync(revoked);
        await store.AddAccessTokenAsync(StoreTestData.Token(lead, "ci"));
        await store.RevokeAccessTokenAsync(lead.Id, revoked.Id, StoreTestData.NextTime());
        var used = StoreTestData.Invitation(lead, partner);
        await store.AddInvitationAsync(used);
        await store.AddInvitationAsync(StoreTestData.Invitation(lead, convening));
        var usedAt = StoreTestData.NextTime();
        await store.ClaimInvitationAsync(used.Id, editor.Id, usedAt);

        var letter = StoreTestData.Statement("Open letter on child protection");
        var empty = StoreTestData.Statement("Position paper (not started)");
        await store.CreateStatementAsync(letter);
        await store.CreateStatementAsync(empty);
        var text = string.Empty;
        for (var version = 1; version <= LetterOps; version++)
        {
            var next = version % 7 == 0 ? text[..(text.Length / 2)] : text + $"Satz {version} für 儿童 🇪🇺. ";
            var op = TextDiff.ToOp(text, next);
            var outcome = await store.AppendAsync([StoreTestData.Op(letter, version, op, $"editor-{version % 3}", version)]);
            Assert.Equal(AppendStatus.Committed, outcome.Status);
            text = next;
            if (version is 10 or 25)
            {
                await store.SaveSnapshotAsync(new TextSnapshot(letter.Id, version, text));
                await store.AddRevisionAsync(StoreTestData.Revision(letter, version, version == 10 ? RevisionKind.Named : RevisionKind.Candidate,
                    version == 10 ? "Draft 1 for partners" : null, text));
            }
        }
        await store.SaveSnapshotAsync(new TextSnapshot(letter.Id, 30, TextAt(await store.ReadOpsAsync(letter.Id, 0, 30))));

        var access = StatementAccess.Start(letter.Id, convening.Id, lead.Id);
        Assert.True(await store.SaveStatementAccessAsync(access, 0));
        access = access.WithPartner(partner.Id);
        Assert.True(await store.SaveStatementAccessAsync(access, 1));
        Assert.True(await store.SaveStatementAccessAsync(access.WithRole(editor.Id, partner.Id, StatementRole.Editor), 2));

        var atCandidate = TextAt(await store.ReadOpsAsync(letter.Id, 0, 25));
        var round = StoreTestData.Round(letter, 25, atCandidate);
        Assert.True(await store.OpenRoundAsync(round, "lead@coalition.example", StoreTestData.NextTime()));
        Assert.True(await store.AddDecisionAsync(letter.Id, round.Id, StoreTestData.Decision(round.RequiredOrganisations[0], round.Current, SignOffDecisionKind.Approve)));
        await store.AppendAuditAsync(letter.Id, StoreTestData.NextTime(), "lead@coalition.example", "round.opened", "round 1 on version 25");
        await store.AppendAuditAsync(letter.Id, StoreTestData.NextTime(), "editor@partner.example", "decision.approve", "Enfance & Partage approves");
        var thread = new CommentThread(Guid.NewGuid(), letter.Id, new Anchor(0, 4, "Satz", false), 40, lead.Id, convening.Id, "Stronger, please?",
            StoreTestData.NextTime(), ThreadStatus.Resolved, lead.Id, StoreTestData.NextTime(), []);
        await store.AddThreadAsync(thread);
        Assert.True(await store.AddReplyAsync(letter.Id, thread.Id, new CommentReply(Guid.NewGuid(), editor.Id, partner.Id, "Done.", StoreTestData.NextTime())));
        await store.AddSuggestionAsync(new Suggestion(Guid.NewGuid(), letter.Id, new Anchor(0, 4, "Satz", false), 40, "Sentence", editor.Id, partner.Id,
            StoreTestData.NextTime(), 40, SuggestionState.Open, null, null, null));
        var publishedStatement = StoreTestData.Statement("Published letter");
        await store.CreateStatementAsync(publishedStatement);
        var publishedAt = StoreTestData.NextTime();
        Assert.True(await store.ChangeStateAsync(new StateChange(publishedStatement.Id, StatementState.Drafting, StatementState.InReview, "lead@coalition.example", publishedAt)));
        Assert.True(await store.ChangeStateAsync(new StateChange(publishedStatement.Id, StatementState.InReview, StatementState.Approved, "lead@coalition.example", StoreTestData.NextTime())));
        Assert.Equal(PublishStatus.Published, (await store.PublishAsync(StoreTestData.Publication(publishedStatement, 0, string.Empty))).Status);
        // Its public side: an address, sign-ons (one rejected, one approved under the same name, one pending), a correction and a reconfirmation.
        Assert.Equal("published-letter", await store.ClaimPublicSlugAsync(publishedStatement.Id, "published-letter", StoreTestData.NextTime()));
        foreach (var (name, status) in new[] { ("Kinderhilfe e.V.", SignOnStatus.Rejected), ("Kinderhilfe e.V.", SignOnStatus.Approved), ("Save Our Schools", SignOnStatus.Pending) })
        {
            var request = new SignOnRequest(Guid.NewGuid(), publishedStatement.Id, name, Core.Publishing.OrganisationName.Normalise(name), "DE",
                Core.Accounts.OrganisationType.Ngo, null, "Kim Contact", "kim@example.org", true, SignOnStatus.Pending, StoreTestData.NextTime(), null, null);
            Assert.True(await store.AddSignOnRequestAsync(request));
            if (status != SignOnStatus.Pending)
            {
                Assert.NotNull(await store.ModerateSignOnRequestAsync(publishedStatement.Id, request.Id, status, "lead@coalition.example", StoreTestData.NextTime()));
            }
        }
        Assert.True(await store.AddCorrectionAsync(new Correction(publishedStatement.Id, 1, Core.Statements.TextHash.Sha256("Corrected."), "Corrected.",
            "A typo in the title.", StoreTestData.NextTime(), "lead@coalition.example")));
        Assert.True(await store.SetReconfirmationAsync(new Reconfirmation(publishedStatement.Id, 1, convening.Id, ReconfirmationDecision.Reconfirmed,
            lead.Id.ToString("D"), StoreTestData.NextTime())));

        return new StoreSample(
            (await store.FindStatementAsync(letter.Id))!, empty, text, lead, convening, partner,
            revoked, (await store.FindInvitationAsync(used.TokenHash))!);
    }

    /// <summary>The text the ops make from an empty statement.</summary>
    public static string TextAt(IEnumerable<CommittedOp> ops)
    {
        var text = new LiveText(string.Empty);
        foreach (var op in ops)
        {
            text.Apply(op.Op);
        }
        return text.ToString();
    }
}
