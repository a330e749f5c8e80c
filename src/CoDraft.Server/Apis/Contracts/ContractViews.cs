using CoDraft.Core.Accounts;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>
/// The views of domain types, as static members of the contract records (<c>RevisionView.From(revision)</c>). They
/// live in the server, not in CoDraft.Protocol, so that the protocol holds only the shapes on the wire and a client
/// compiles against them without the server's stored types.
/// </summary>
public static class ContractViews
{
    extension(OrganisationView)
    {
        /// <summary>The view of a stored organisation.</summary>
        public static OrganisationView From(Organisation o) => new(o.Id, o.Name, o.Country, o.Type, o.Website);
    }

    extension(SignOnRequestView)
    {
        /// <summary>The view of a sign-on request, contact details included (for the statement's leads).</summary>
        public static SignOnRequestView From(SignOnRequest r) => new(
            r.Id, r.OrganisationName, r.NameKey, r.Country, r.Type, r.Website, r.ContactPerson, r.Email, r.ConsentToList, r.Status,
            r.RequestedAt, r.ModeratedBy, r.ModeratedAt);
    }

    extension(CorrectionView)
    {
        /// <summary>The view of a published correction.</summary>
        public static CorrectionView From(Correction c) => new(c.Number, c.Sha256, c.Text, c.Reason, c.PublishedAt, c.PublishedBy);
    }

    extension(AnchorView)
    {
        /// <summary>The view of <paramref name="anchor"/> at <paramref name="version"/>.</summary>
        public static AnchorView From(Anchor anchor, long version) =>
            new(anchor.Start, anchor.End, anchor.Quote, anchor.Orphaned ? "orphaned" : "ok", version);
    }

    extension(RevisionView)
    {
        /// <summary>The view of a stored revision.</summary>
        public static RevisionView From(Revision r) => new(r.Id, r.Version, r.Kind, r.Label, r.Author, r.CreatedAt, r.Sha256);
    }
}
