using CoDraft.Storage.Mongo.Documents;

namespace CoDraft.Storage.Mongo.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Every_index_is_created_on_its_collection_under_a_distinct_name()
    {
        Assert.Equal(
            [
                ("statements", "statements_newest_first"),
                ("ops", "ops_version_unique"),
                ("ops", "ops_submission_unique"),
                ("snapshots", "snapshots_version_unique"),
                ("revisions", "revisions_oldest_first"),
                ("people", "people_email_unique"),
                ("people", "people_administrators"),
                ("organisations", "organisations_by_name"),
                ("memberships", "memberships_by_organisation"),
                ("accessTokens", "access_tokens_hash_unique"),
                ("accessTokens", "access_tokens_by_person"),
                ("invitations", "invitations_hash_unique"),
                ("statementAccess", "statement_access_by_person"),
                ("statementAccess", "statement_access_by_convening"),
                ("statementAccess", "statement_access_by_partner"),
                ("statementAccess", "statement_access_by_invited"),
                ("invitations", "invitations_by_organisation"),
                ("invitations", "invitations_by_statement"),
                ("signOffRounds", "signoff_rounds_position_unique"),
                ("audit", "audit_sequence_unique"),
                ("publications", "publications_newest_first"),
                ("commentThreads", "comment_threads_oldest_first"),
                ("suggestions", "suggestions_oldest_first"),
                ("publicSlugs", "public_slugs_slug_unique"),
                ("signOnRequests", "signon_requests_active_name_unique"),
                ("signOnRequests", "signon_requests_oldest_first"),
                ("corrections", "corrections_number_unique"),
                ("reconfirmations", "reconfirmations_answer_unique"),
            ],
            MongoSchema.Indexes.Select(i => (i.Collection, i.Index.Options.Name)));
    }

    [Fact]
    public void Schema_version_is_recorded_without_ever_lowering_it()
    {
        BsonAssert.Equal(Rendered.Expected("""{ _id: "schema" }"""), Rendered.Filter(SchemaDocuments.Schema));
        BsonAssert.Equal(
            Rendered.Expected("{ $max: { version: NumberLong(5) } }"),
            Rendered.Update(SchemaDocuments.RecordCurrentVersion));
    }

    [Fact]
    public void Database_without_a_schema_document_has_version_zero()
    {
        Assert.Equal(0, SchemaDocuments.ReadVersion(null));
        Assert.Equal(3, SchemaDocuments.ReadVersion(Rendered.Expected("""{ _id: "schema", version: NumberLong(3) }""")));
    }
}
