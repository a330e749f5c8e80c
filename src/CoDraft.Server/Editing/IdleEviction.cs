using Microsoft.Extensions.Options;

namespace CoDraft.Server.Editing;

/// <summary>
/// Lets idle statements leave memory (<see cref="DraftEditor.EvictIdleAsync"/>), looking a few times per
/// <see cref="EditingOptions.IdleEvictSeconds"/>, so that a server that has opened every statement once does not
/// keep them all.
/// </summary>
public sealed class IdleEviction(DraftEditor editor, IOptions<EditingOptions> options, TimeProvider clock, ILogger<IdleEviction> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = options.Value.IdleEvictSeconds;
        if (idle <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(idle / 4, 1, 60)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await editor.EvictIdleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Eviction only frees memory; a failed pass leaves statements open, and the next pass tries again.
                Log.EvictionFailed(logger, e);
            }
        }
    }
}
