using System.Reflection;
using CoDraft.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>
/// The server's real store, with every op write taking at least <see cref="WriteDelay"/> longer, as on a slow disk:
/// submissions that arrive meanwhile queue behind the write, so a test of group commit does not depend on how fast
/// this machine's disk happens to be while the test runs.
/// </summary>
public class SlowWriteStore : DispatchProxy
{
    private IOpLog inner = null!;

    public TimeSpan WriteDelay { get; private set; }

    /// <summary>Replaces the registered <see cref="IOpLog"/> with one whose op writes wait <paramref name="delay"/> first.</summary>
    public static void Register(IServiceCollection services, TimeSpan delay)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOpLog));
        services.Remove(registered);
        services.AddSingleton(sp =>
        {
            var real = (IOpLog)(registered.ImplementationFactory?.Invoke(sp) ?? registered.ImplementationInstance
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
            var proxy = Create<IOpLog, SlowWriteStore>();
            var slow = (SlowWriteStore)(object)proxy;
            slow.inner = real;
            slow.WriteDelay = delay;
            return proxy;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IOpLog.AppendAsync) && targetMethod.DeclaringType == typeof(IOpLog))
        {
            return AppendSlowlyAsync((IReadOnlyList<CommittedOp>)args![0]!, (CancellationToken)args[1]!);
        }
        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private async Task<AppendOutcome> AppendSlowlyAsync(IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken)
    {
        await Task.Delay(WriteDelay, cancellationToken);
        return await inner.AppendAsync(ops, cancellationToken);
    }
}
