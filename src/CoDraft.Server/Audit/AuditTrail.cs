using System.Text.Json;
using System.Text.Json.Serialization;
using CoDraft.Core.Audit;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Audit;

/// <summary>
/// The one way the server records what happened to a statement: an entry appended to the statement's hash-chained
/// audit log (<see cref="IAuditLog"/>). Called after the change it records is stored. A failure to record is logged
/// as an error and does not undo or fail the change (which is already stored); docs/review.md says so.
/// </summary>
public sealed class AuditTrail(IAuditLog store, TimeProvider clock, ILogger<AuditTrail> logger)
{
    /// <summary>How details are written: camelCase, enums by name, no nulls, so entries read the same as the API.</summary>
    public static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Appends an entry whose details are <paramref name="detailsJson"/> (a JSON object); the stored entry, or null when it could not be stored.</summary>
    public async Task<AuditEntry?> RecordAsync(Guid statementId, string actor, string action, string detailsJson, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.AppendAuditAsync(statementId, clock.GetUtcNow(), actor, action, detailsJson, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AuditTrailLog.AuditFailed(logger, statementId, action, e);
            return null;
        }
    }

    /// <summary>Appends an entry whose details are <paramref name="details"/> serialised as JSON.</summary>
    public Task<AuditEntry?> RecordAsync<T>(Guid statementId, string actor, string action, T details, CancellationToken cancellationToken = default)
        where T : notnull =>
        RecordAsync(statementId, actor, action, JsonSerializer.Serialize(details, DetailsJson), cancellationToken);
}
