using CoDraft.Core.Text;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.BadInput;

/// <summary>The catalogue's cases: what is sent, by whom, and the refusal it gets.</summary>
public static class BadInputCases
{
    private const string Invalid = "request.invalid";
    private const string BadCharacter = "text.invalid_character";
    private const string NoRoute = "route.not_found";
    private const string WrongMethod = "request.method_not_allowed";
    private const string WrongMediaType = "request.unsupported_media_type";
    private const string SignOn = "/api/public/statements/{slug}/sign-ons";
    private const string ValidSignOn = "\"organisation\":\"New Supporter\",\"country\":\"NL\",\"type\":\"Ngo\",\"contactPerson\":\"Clara\",\"email\":\"clara@example.org\",\"consent\":true";

    private static readonly string TooLargeText = "{\"baseVersion\":1,\"text\":\"" + new string('a', 1024 * 1024 + 1) + "\"}";
    private static readonly string OverBodyLimit = "{\"title\":\"" + new string('a', 31 * 1024 * 1024) + "\"}";

    public static readonly IReadOnlyList<RestCase> Rest =
    [
        // Creating a statement.
        new("create: empty title", Who.Lead, "POST", "/api/statements", """{"title":""}""", 400, Invalid),
        new("create: no title", Who.Lead, "POST", "/api/statements", """{"text":"Body"}""", 400, Invalid),
        new("create: title of two lines", Who.Lead, "POST", "/api/statements", """{"title":"One\ntwo"}""", 400, Invalid),
        new("create: title over 200 characters", Who.Lead, "POST", "/api/statements", "{\"title\":\"" + new string('t', 201) + "\"}", 400, Invalid),
        new("create: vertical tab in title", Who.Lead, "POST", "/api/statements", """{"title":"Open\u000bletter"}""", 400, BadCharacter),
        new("create: U+0001 in title", Who.Lead, "POST", "/api/statements", """{"title":"\u0001"}""", 400, BadCharacter),
        new("create: form feed in text", Who.Lead, "POST", "/api/statements", """{"title":"Letter","text":"Page\fbreak"}""", 400, BadCharacter),
        new("create: U+FFFE in text", Who.Lead, "POST", "/api/statements", """{"title":"Letter","text":"\ufffe"}""", 400, BadCharacter),
        new("create: NUL in text", Who.Lead, "POST", "/api/statements", """{"title":"Letter","text":"a\u0000b"}""", 400, BadCharacter),
        new("create: lone surrogate in title", Who.Lead, "POST", "/api/statements", """{"title":"\ud800"}""", 400, "text.invalid_utf16"),
        new("create: truncated JSON", Who.Lead, "POST", "/api/statements", """{"title":""", 400, Invalid),
        new("create: an array for the body", Who.Lead, "POST", "/api/statements", "[]", 400, Invalid),
        new("create: a number for the title", Who.Lead, "POST", "/api/statements", """{"title":5}""", 400, Invalid),
        new("create: empty body", Who.Lead, "POST", "/api/statements", "", 400, Invalid),
        new("create: plain text body", Who.Lead, "POST", "/api/statements", "title=Letter", 415, WrongMediaType, "text/plain"),
        new("create: form body", Who.Lead, "POST", "/api/statements", "title=Letter", 415, WrongMediaType, "application/x-www-form-urlencoded"),
        new("create: body over the server's limit", Who.Lead, "POST", "/api/statements", OverBodyLimit, 413, "request.too_large"),
        new("create: anonymous", Who.Anonymous, "POST", "/api/statements", """{"title":"Letter"}""", 401, "auth.required"),
        new("create: administrator without organisation", Who.Administrator, "POST", "/api/statements", """{"title":"Letter"}""", 403, "access.no_organisation"),
        // Replacing the text.
        new("text: vertical tab", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"We call\u000bon the EU."}""", 400, BadCharacter),
        new("text: U+001F", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"\u001f"}""", 400, BadCharacter),
        new("text: U+FFFF", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"x\uffff"}""", 400, BadCharacter),
        new("text: lone low surrogate", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"x\udc00"}""", 400, "text.invalid_utf16"),
        new("text: no base version", Who.Editor, "PUT", "/api/statements/{S}/text", """{"text":"New"}""", 400, Invalid),
        new("text: no text", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":1}""", 400, Invalid),
        new("text: base version as a word", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":"one","text":"New"}""", 400, Invalid),
        new("text: stale base version", Who.Editor, "PUT", "/api/statements/{S}/text", """{"baseVersion":0,"text":"New"}""", 409, "version.stale"),
        new("text: larger than the text limit", Who.Editor, "PUT", "/api/statements/{S}/text", TooLargeText, 413, "text.too_large"),
        new("text: as a viewer", Who.Viewer, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"New"}""", 403, "access.forbidden"),
        new("text: as an outsider", Who.Outsider, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"New"}""", 404, "statement.not_found"),
        new("text: anonymous", Who.Anonymous, "PUT", "/api/statements/{S}/text", """{"baseVersion":1,"text":"New"}""", 401, "auth.required"),
        new("text: of a published statement", Who.Lead, "PUT", "/api/statements/{P}/text", """{"baseVersion":1,"text":"New"}""", 409, "text.closed"),
        new("text: id that is not a GUID", Who.Editor, "PUT", "/api/statements/letter-1/text", """{"baseVersion":1,"text":"New"}""", 404, NoRoute),
        new("text: PATCH", Who.Editor, "PATCH", "/api/statements/{S}/text", """{"baseVersion":1,"text":"New"}""", 405, WrongMethod),
        new("text: unknown statement", Who.Editor, "PUT", "/api/statements/00000000-0000-0000-0000-000000000001/text", """{"baseVersion":1,"text":"New"}""", 404, "statement.not_found"),
        // Reading.
        new("read: version that is not a number", Who.Viewer, "GET", "/api/statements/{S}/versions/latest", null, 404, NoRoute),
        new("read: version with a fraction", Who.Viewer, "GET", "/api/statements/{S}/versions/1.5", null, 404, NoRoute),
        new("read: version past the head", Who.Viewer, "GET", "/api/statements/{S}/versions/999", null, 404, "version.not_found"),
        new("read: negative version", Who.Viewer, "GET", "/api/statements/{S}/versions/-1", null, 404, "version.not_found"),
        new("read: redline from a word", Who.Viewer, "GET", "/api/statements/{S}/redline?from=first&to=1", null, 400, Invalid),
        new("read: statement id that is not a GUID", Who.Viewer, "GET", "/api/statements/12345", null, 404, NoRoute),
        new("read: DELETE a statement", Who.Lead, "DELETE", "/api/statements/{S}", null, 405, WrongMethod),
        // Revisions.
        new("revision: empty label", Who.Editor, "POST", "/api/statements/{S}/revisions", """{"label":"  "}""", 400, Invalid),
        new("revision: U+0008 in label", Who.Editor, "POST", "/api/statements/{S}/revisions", """{"label":"Draft\b2"}""", 400, BadCharacter),
        new("revision: label as an object", Who.Editor, "POST", "/api/statements/{S}/revisions", """{"label":{"text":"Draft"}}""", 400, Invalid),
        // Comments.
        new("comment: empty body", Who.Viewer, "POST", "/api/statements/{S}/threads", """{"start":0,"end":2,"body":""}""", 403, "access.forbidden"),
        new("comment: blank body", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":0,"end":2,"body":"   "}""", 400, Invalid),
        new("comment: control character in body", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":0,"end":2,"body":"Bell\u0007"}""", 400, BadCharacter),
        new("comment: reversed range", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":5,"end":2,"body":"Why?"}""", 400, "review.range_invalid"),
        new("comment: range past the end", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":0,"end":100000,"body":"Why?"}""", 400, "review.range_invalid"),
        new("comment: empty range", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":3,"end":3,"body":"Why?"}""", 400, "review.range_invalid"),
        new("comment: start as a word", Who.Lead, "POST", "/api/statements/{S}/threads", """{"start":"zero","end":2,"body":"Why?"}""", 400, Invalid),
        new("comment: body over the limit", Who.Lead, "POST", "/api/statements/{S}/threads", "{\"start\":0,\"end\":2,\"body\":\"" + new string('b', 10_001) + "\"}", 400, Invalid),
        new("reply: control character", Who.Lead, "POST", "/api/statements/{S}/threads/{thread}/replies", """{"body":"Yes\u0002"}""", 400, BadCharacter),
        new("reply: unknown thread", Who.Lead, "POST", "/api/statements/{S}/threads/00000000-0000-0000-0000-000000000002/replies", """{"body":"Yes"}""", 404, "comment.not_found"),
        new("reply: thread id that is not a GUID", Who.Lead, "POST", "/api/statements/{S}/threads/first/replies", """{"body":"Yes"}""", 404, NoRoute),
        new("reopen: an open thread", Who.Lead, "POST", "/api/statements/{S}/threads/{thread}/reopen", "{}", 409, "comment.not_resolved"),
        // Suggestions.
        new("suggest: control character", Who.Lead, "POST", "/api/statements/{S}/suggestions", """{"start":0,"end":2,"replacement":"\u000b"}""", 400, BadCharacter),
        new("suggest: replacement equal to the text", Who.Lead, "POST", "/api/statements/{S}/suggestions", """{"start":0,"end":2,"replacement":"We"}""", 400, Invalid),
        new("suggest: reversed range", Who.Lead, "POST", "/api/statements/{S}/suggestions", """{"start":4,"end":1,"replacement":"x"}""", 400, "review.range_invalid"),
        new("suggest: on a published statement", Who.Lead, "POST", "/api/statements/{P}/suggestions", """{"start":0,"end":2,"replacement":"They"}""", 409, "text.closed"),
        new("suggest: as a viewer", Who.Viewer, "POST", "/api/statements/{S}/suggestions", """{"start":0,"end":2,"replacement":"They"}""", 403, "access.forbidden"),
        new("suggest: accept an unknown one", Who.Lead, "POST", "/api/statements/{S}/suggestions/00000000-0000-0000-0000-000000000003/accept", "{}", 404, "suggestion.not_found"),
        new("suggest: accept one whose id is not a GUID", Who.Lead, "POST", "/api/statements/{S}/suggestions/latest/accept", "{}", 404, NoRoute),
        // Sign-off.
        new("sign-off: decide with no round", Who.Lead, "POST", "/api/statements/{S}/signoff/decisions", """{"decision":"Approve","sha256":"00"}""", 409, "signoff.no_round"),
        new("sign-off: unknown decision", Who.Lead, "POST", "/api/statements/{S}/signoff/decisions", """{"decision":"Maybe","sha256":"00"}""", 400, Invalid),
        new("sign-off: publish while drafting", Who.Lead, "POST", "/api/statements/{S}/publish", "{}", 409, "publish.not_approved"),
        new("sign-off: unknown lifecycle state", Who.Lead, "POST", "/api/statements/{S}/lifecycle", """{"to":"Archived"}""", 400, Invalid),
        new("sign-off: lifecycle state 42", Who.Lead, "POST", "/api/statements/{S}/lifecycle", """{"to":42}""", 400, Invalid),
        new("sign-off: certificate before publication", Who.Lead, "GET", "/api/statements/{S}/certificate", null, 409, "certificate.not_published"),
        // Publication: corrections, moderation, exports.
        new("correction: vertical tab in reason", Who.Lead, "POST", "/api/statements/{P}/corrections", """{"text":"Corrected.","reason":"Word's\u000bline break"}""", 400, BadCharacter),
        new("correction: U+0001 in text", Who.Lead, "POST", "/api/statements/{P}/corrections", """{"text":"Corrected\u0001","reason":"Typo"}""", 400, BadCharacter),
        new("correction: no text", Who.Lead, "POST", "/api/statements/{P}/corrections", """{"text":"","reason":"Typo"}""", 400, Invalid),
        new("correction: no reason", Who.Lead, "POST", "/api/statements/{P}/corrections", """{"text":"Corrected."}""", 400, Invalid),
        new("correction: the same text", Who.Lead, "POST", "/api/statements/{P}/corrections", """{"text":"{publishedText}","reason":"None"}""", 409, "publication.correction_unchanged"),
        new("correction: of a draft", Who.Lead, "POST", "/api/statements/{S}/corrections", """{"text":"Corrected.","reason":"Typo"}""", 409, "publication.not_published"),
        new("correction: reconfirm one that does not exist", Who.Lead, "POST", "/api/statements/{P}/corrections/7/reconfirmations", """{"decision":"Reconfirmed"}""", 404, "publication.correction_not_found"),
        new("correction: number that is not a number", Who.Lead, "POST", "/api/statements/{P}/corrections/first/reconfirmations", """{"decision":"Reconfirmed"}""", 404, NoRoute),
        new("moderation: approve an unknown request", Who.Lead, "POST", "/api/statements/{P}/sign-ons/00000000-0000-0000-0000-000000000004/approve", "{}", 404, "publication.request_not_found"),
        new("embargo: move it once public", Who.Lead, "PUT", "/api/statements/{P}/publication/public-from", """{"publicFrom":null}""", 409, "publication.already_public"),
        new("export: of a draft", Who.Lead, "GET", "/api/statements/{S}/exports/statement.md", null, 409, "publication.not_published"),
        // Organisations.
        new("organisation: type 99", Who.Administrator, "POST", "/api/organisations", """{"name":"Typed","country":"DE","type":99}""", 400, Invalid),
        new("organisation: type -1", Who.Administrator, "POST", "/api/organisations", """{"name":"Typed","country":"DE","type":-1}""", 400, Invalid),
        new("organisation: unknown type name", Who.Administrator, "POST", "/api/organisations", """{"name":"Typed","country":"DE","type":"Charity"}""", 400, Invalid),
        new("organisation: no type", Who.Administrator, "POST", "/api/organisations", """{"name":"Typed","country":"DE"}""", 400, Invalid),
        new("organisation: name taken but for case", Who.Administrator, "POST", "/api/organisations", """{"name":"convening ngo","country":"DE","type":"Ngo"}""", 409, "organisation.name_taken"),
        new("organisation: name taken but for legal form", Who.Administrator, "POST", "/api/organisations", """{"name":"Partner Network e.V.","country":"BE","type":"Network"}""", 409, "organisation.name_taken"),
        new("organisation: control character in name", Who.Administrator, "POST", "/api/organisations", """{"name":"Kinder\u000bschutz","country":"DE","type":"Ngo"}""", 400, BadCharacter),
        new("organisation: name of punctuation only", Who.Administrator, "POST", "/api/organisations", """{"name":"!!!","country":"DE","type":"Ngo"}""", 400, Invalid),
        new("organisation: country name instead of code", Who.Administrator, "POST", "/api/organisations", """{"name":"New Org","country":"Germany","type":"Ngo"}""", 400, Invalid),
        new("organisation: script website", Who.Administrator, "POST", "/api/organisations", """{"name":"New Org","country":"DE","type":"Ngo","website":"javascript:alert(1)"}""", 400, Invalid),
        new("organisation: created by a lead", Who.Lead, "POST", "/api/organisations", """{"name":"New Org","country":"DE","type":"Ngo"}""", 403, "access.forbidden"),
        new("organisation: renamed to a taken name", Who.Administrator, "PUT", "/api/organisations/{partner}", """{"name":"SPARE FOUNDATION","country":"BE","type":"Network"}""", 409, "organisation.name_taken"),
        new("organisation: renamed by another organisation's administrator", Who.Lead, "PUT", "/api/organisations/{partner}", """{"name":"Hijacked","country":"BE","type":"Network"}""", 403, "access.forbidden"),
        new("organisation: rename an unknown one", Who.Administrator, "PUT", "/api/organisations/00000000-0000-0000-0000-000000000005", """{"name":"Ghost","country":"BE","type":"Ngo"}""", 404, "organisation.not_found"),
        new("organisation: remove one that convenes a statement", Who.Administrator, "DELETE", "/api/organisations/{convening}", null, 409, "organisation.in_use"),
        new("organisation: remove a partner", Who.Administrator, "DELETE", "/api/organisations/{partner}", null, 409, "organisation.in_use"),
        new("organisation: removed by a lead", Who.Lead, "DELETE", "/api/organisations/{spare}", null, 403, "access.forbidden"),
        new("organisation: id that is not a GUID", Who.Administrator, "DELETE", "/api/organisations/convening", null, 404, NoRoute),
        // Access.
        new("access: partner that does not exist", Who.Lead, "POST", "/api/statements/{S}/access/partners", """{"organisationId":"00000000-0000-0000-0000-000000000006"}""", 404, "organisation.not_found"),
        new("access: partner id that is not a GUID", Who.Lead, "POST", "/api/statements/{S}/access/partners", """{"organisationId":"partner"}""", 400, Invalid),
        new("access: unknown role", Who.Lead, "PUT", "/api/statements/{S}/access/people/{viewer}", """{"role":"Owner"}""", 400, Invalid),
        new("access: remove the convening organisation", Who.Lead, "DELETE", "/api/statements/{S}/access/partners/{convening}", null, 409, "access.convening_organisation"),
        // Accounts and tokens.
        new("sign-in: truncated JSON", Who.Anonymous, "POST", "/api/auth/sign-in", """{"email":""", 400, Invalid),
        new("sign-in: no password", Who.Anonymous, "POST", "/api/auth/sign-in", """{"email":"lena@example.org"}""", 400, Invalid),
        new("sign-in: plain text", Who.Anonymous, "POST", "/api/auth/sign-in", "lena@example.org", 415, WrongMediaType, "text/plain"),
        new("sign-in: PUT", Who.Anonymous, "PUT", "/api/auth/sign-in", "{}", 405, WrongMethod),
        new("setup: after the first administrator", Who.Anonymous, "POST", "/api/auth/setup", """{"token":"cds_guess","email":"x@example.org","name":"X","password":"a long enough password"}""", 403, "setup.refused"),
        new("invitation: unknown token", Who.Anonymous, "POST", "/api/invitations/accept", """{"token":"cdi_unknown","name":"X","password":"a long enough password"}""", 404, "invitation.not_found"),
        new("token: empty name", Who.Lead, "POST", "/api/tokens", """{"name":""}""", 400, Invalid),
        new("token: control character in name", Who.Lead, "POST", "/api/tokens", """{"name":"ci\u001b"}""", 400, BadCharacter),
        new("token: revoke an unknown one", Who.Lead, "DELETE", "/api/tokens/00000000-0000-0000-0000-000000000007", null, 404, "token.not_found"),
        new("me: DELETE", Who.Lead, "DELETE", "/api/auth/me", null, 405, WrongMethod),
        // Unknown addresses.
        new("unknown api path, anonymous", Who.Anonymous, "GET", "/api/no-such-thing", null, 404, NoRoute),
        new("unknown api path, signed in", Who.Lead, "GET", "/api/statements/{S}/no-such-thing", null, 404, NoRoute),
        new("unknown page, anonymous", Who.Anonymous, "GET", "/no-such-page.php", null, 404, NoRoute),
        new("unknown hub path, anonymous", Who.Anonymous, "GET", "/hubs/no-such-hub", null, 404, NoRoute),
        // Public routes.
        new("public: unknown address", Who.Anonymous, "GET", "/api/public/statements/no-such-letter", null, 404, "publication.not_found"),
        new("public: a draft has no address", Who.Anonymous, "POST", "/api/public/statements/open-letter-on-child-protection/sign-ons", "{" + ValidSignOn + "}", 404, "publication.not_found"),
        new("public: sign-on with a control character", Who.Anonymous, "POST", SignOn, """{"organisation":"Bad\u0001Org","country":"NL","type":"Ngo","contactPerson":"Clara","email":"clara@example.org","consent":true}""", 400, "publication.sign_on_invalid"),
        new("public: sign-on with nothing", Who.Anonymous, "POST", SignOn, "{}", 400, "publication.sign_on_invalid"),
        new("public: sign-on of type 99", Who.Anonymous, "POST", SignOn, """{"organisation":"Typed Org","country":"NL","type":"99","contactPerson":"Clara","email":"clara@example.org","consent":true}""", 400, "publication.sign_on_invalid"),
        new("public: sign-on without consent", Who.Anonymous, "POST", SignOn, """{"organisation":"Shy Org","country":"NL","type":"Ngo","contactPerson":"Clara","email":"clara@example.org","consent":false}""", 400, "publication.sign_on_invalid"),
        new("public: sign-on of a signatory already listed", Who.Anonymous, "POST", SignOn, """{"organisation":"The Convening NGO","country":"DE","type":"Ngo","contactPerson":"Clara","email":"clara@example.org","consent":true}""", 409, "publication.duplicate_organisation"),
        new("public: sign-on as truncated JSON", Who.Anonymous, "POST", SignOn, "{\"organisation\":", 400, Invalid),
        new("public: sign-on as plain text", Who.Anonymous, "POST", SignOn, "organisation=X", 415, WrongMediaType, "text/plain"),
        new("public: sign-on with a number for consent", Who.Anonymous, "POST", SignOn, """{"organisation":"X","consent":7}""", 400, Invalid),
        new("public: GET the sign-on route", Who.Anonymous, "GET", SignOn, null, 405, WrongMethod),
        new("public: POST the list", Who.Anonymous, "POST", "/api/public/statements", "{}", 405, WrongMethod),
        new("public: PUT the public page list", Who.Anonymous, "PUT", "/p", "{}", 405, WrongMethod),
        new("public: DELETE the feed", Who.Anonymous, "DELETE", "/p/feed.atom", null, 405, WrongMethod),
        new("public: PATCH a public page", Who.Anonymous, "PATCH", "/p/{slug}", "{}", 405, WrongMethod),
    ];

    /// <summary>
    /// A submission; its client id is new each time unless given, so that no case is answered as the resend of
    /// another's (which a server that wrongly committed one would do silently).
    /// </summary>
    private static object Submit(BadInputFixture f, long baseVersion, object? op, string? clientId = null, long seq = 1, Guid? statement = null) =>
        new { statementId = statement ?? f.Coalition.StatementId, baseVersion, clientId = clientId ?? Guid.NewGuid().ToString("N"), seq, op };

    private static async Task<long> HeadAsync(BadInputFixture f, Guid statement) =>
        (await (await f.Coalition.Lead.Client.GetAsync($"/api/statements/{statement}")).ReadJsonAsync()).GetProperty("version").GetInt64();

    private static Func<BadInputFixture, Task<object?[]>> Args(Func<BadInputFixture, long, object?[]> make) =>
        async f => make(f, await HeadAsync(f, f.Coalition.StatementId));

    private static Guid Drafting(BadInputFixture f) => f.Coalition.StatementId;

    public static readonly IReadOnlyList<HubCase> Hub =
    [
        new("hub submit: vertical tab", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { 3, "\u000B" })]), BadCharacter, Drafting),
        new("hub submit: U+0001 after text", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "ok\u0001" })]), BadCharacter, Drafting),
        new("hub submit: U+FFFF", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { 1, "\uFFFF" })]), BadCharacter, Drafting),
        new("hub submit: form feed in a paste", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "Page one\fPage two" })]), BadCharacter, Drafting),
        new("hub submit: empty client id", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" }, clientId: "")]), Invalid, Drafting),
        new("hub submit: client id over 64 characters", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" }, clientId: new string('c', 65))]), Invalid, Drafting),
        new("hub submit: negative seq", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" }, seq: -1)]), Invalid, Drafting),
        new("hub submit: no op", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, null)]), InvalidOpException.Malformed, Drafting),
        new("hub submit: zero retain", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { 0, "x" })]), InvalidOpException.Malformed, Drafting),
        new("hub submit: op of unknown parts", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { new { x = 1 } })]), InvalidOpException.Malformed, Drafting),
        new("hub submit: retain past the end", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { 100_000, "x" })]), InvalidOpException.OutOfRange, Drafting),
        new("hub submit: delete of other text", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { new { d = "Zz" } })]), InvalidOpException.DeleteMismatch, Drafting),
        new("hub submit: base version from the future", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v + 1_000_000, new object[] { "x" })]), "version.future", Drafting),
        new("hub submit: as a viewer", Who.Viewer, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" })]), "access.forbidden", Drafting),
        new("hub submit: without joining", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" })]), "statement.not_joined"),
        new("hub submit: to a published statement", Who.Lead, nameof(DraftHub.Submit),
            async f => [Submit(f, await HeadAsync(f, f.PublishedId), new object[] { "x" }, statement: f.PublishedId)], "text.closed", f => f.PublishedId),
        new("hub submit: a string instead of the request", Who.Editor, nameof(DraftHub.Submit), _ => Task.FromResult<object?[]>(["insert x"]), Invalid, Drafting),
        new("hub submit: two arguments", Who.Editor, nameof(DraftHub.Submit), Args((f, v) => [Submit(f, v, new object[] { "x" }), 2]), Invalid, Drafting),
        new("hub submit: no arguments", Who.Editor, nameof(DraftHub.Submit), _ => Task.FromResult<object?[]>([]), Invalid, Drafting),
        new("hub submit: base version as a word", Who.Editor, nameof(DraftHub.Submit),
            f => Task.FromResult<object?[]>([new { statementId = f.Coalition.StatementId, baseVersion = "head", clientId = "c", seq = 1, op = new object[] { "x" } }]), Invalid, Drafting),
        new("hub join: id that is not a GUID", Who.Editor, nameof(DraftHub.Join), _ => Task.FromResult<object?[]>(["letter-1"]), Invalid),
        new("hub join: unknown statement", Who.Editor, nameof(DraftHub.Join), _ => Task.FromResult<object?[]>([Guid.NewGuid()]), "statement.not_found"),
        new("hub join: as an outsider", Who.Outsider, nameof(DraftHub.Join), f => Task.FromResult<object?[]>([f.Coalition.StatementId]), "statement.not_found"),
        new("hub catch-up: version as a word", Who.Editor, nameof(DraftHub.CatchUp), f => Task.FromResult<object?[]>([f.Coalition.StatementId, "zero"]), Invalid, Drafting),
        new("hub catch-up: version from the future", Who.Editor, nameof(DraftHub.CatchUp), f => Task.FromResult<object?[]>([f.Coalition.StatementId, 1_000_000L]), "version.future", Drafting),
        new("hub presence: negative position", Who.Editor, nameof(DraftHub.UpdatePresence),
            Args((f, v) => [new { statementId = f.Coalition.StatementId, version = v, selection = new { anchor = -1, head = 0 } }]), Invalid, Drafting),
        new("hub presence: selection as a number", Who.Editor, nameof(DraftHub.UpdatePresence),
            Args((f, v) => [new { statementId = f.Coalition.StatementId, version = v, selection = 5 }]), Invalid, Drafting),
        new("hub revision: empty label", Who.Editor, nameof(DraftHub.NameRevision), f => Task.FromResult<object?[]>([f.Coalition.StatementId, " "]), Invalid, Drafting),
        new("hub revision: control character in label", Who.Editor, nameof(DraftHub.NameRevision), f => Task.FromResult<object?[]>([f.Coalition.StatementId, "Draft\u000B2"]), BadCharacter, Drafting),
        new("hub revision: label as an array", Who.Editor, nameof(DraftHub.NameRevision), f => Task.FromResult<object?[]>([f.Coalition.StatementId, new[] { "Draft" }]), Invalid, Drafting),
    ];
}
