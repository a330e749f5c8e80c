using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoDraft.Server.Telemetry;

/// <summary>
/// CoDraft's own instruments, on the meter <see cref="MeterName"/> (exported by OpenTelemetry: OTLP and the
/// Prometheus scrape endpoint, see docs/operations.md). The editing path calls these on every submission and group
/// commit, so each call is a counter add or a histogram record with no tags: no allocation per op.
/// </summary>
public static class CoDraftMetrics
{
    /// <summary>The meter's name, to subscribe to.</summary>
    public const string MeterName = "CoDraft";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Submits = Meter.CreateCounter<long>(
        "codraft.submits", "{submission}", "Live-editing submissions taken for commit, after the hub's checks (its rate is submits per second).");

    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram(
        "codraft.commit.duration", "ms", "Time of one group commit's durable write to the store.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 250, 1000] });

    private static readonly Histogram<int> CommitGroupSize = Meter.CreateHistogram(
        "codraft.commit.group_size", "{op}", "Ops committed together by one durable write (group commit).",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    private static readonly Histogram<double> BroadcastDelay = Meter.CreateHistogram(
        "codraft.broadcast.delay", "ms", "From a group's durable commit until every listener (the hub's broadcast among them) was told of it.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 250, 1000] });

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "codraft.refusals", "{refusal}", "Requests and hub calls refused, by stable error code.");

    private static long connections;
    private static long joinedStatements;
    private static long openDocuments;

    static CoDraftMetrics()
    {
        Meter.CreateObservableUpDownCounter("codraft.connections", () => Volatile.Read(ref connections), "{connection}", "Open hub connections.");
        Meter.CreateObservableUpDownCounter("codraft.statements.joined", () => Volatile.Read(ref joinedStatements), "{participant}",
            "Statements joined for live editing, summed over connections.");
        Meter.CreateObservableUpDownCounter("codraft.documents.open", () => Volatile.Read(ref openDocuments), "{document}",
            "Statements whose live text this process holds in memory.");
    }

    /// <summary>A live-editing submission arrived.</summary>
    public static void Submitted() => Submits.Add(1);

    /// <summary>A group of <paramref name="ops"/> ops was written durably; <paramref name="startedAt"/> is a <see cref="Stopwatch"/> timestamp.</summary>
    public static void Committed(int ops, long startedAt)
    {
        // Without a listener (no exporter configured) not even the clock is read.
        if (CommitDuration.Enabled)
        {
            CommitDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
        }
        CommitGroupSize.Record(ops);
    }

    /// <summary>Every listener was told of a group committed at <paramref name="committedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public static void Broadcast(long committedAt)
    {
        if (BroadcastDelay.Enabled)
        {
            BroadcastDelay.Record(Stopwatch.GetElapsedTime(committedAt).TotalMilliseconds);
        }
    }

    /// <summary>Something was refused with <paramref name="code"/>.</summary>
    public static void Refused(string code) => Refusals.Add(1, new KeyValuePair<string, object?>("code", code));

    /// <summary>A hub connection opened.</summary>
    public static void Connected() => Interlocked.Increment(ref connections);

    /// <summary>A hub connection closed.</summary>
    public static void Disconnected() => Interlocked.Decrement(ref connections);

    /// <summary>A connection joined a statement.</summary>
    public static void Joined() => Interlocked.Increment(ref joinedStatements);

    /// <summary>A connection left a statement (or closed while in it).</summary>
    public static void Left() => Interlocked.Decrement(ref joinedStatements);

    /// <summary>A statement's live text was loaded into memory.</summary>
    public static void DocumentOpened() => Interlocked.Increment(ref openDocuments);
}
