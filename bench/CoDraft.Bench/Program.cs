using CoDraft.Bench;

return args switch
{
    ["replay", var trace] => TraceReplay.Run(trace),
    ["vectors"] => VectorWriter.Run(),
    ["redline", var trace] => RedlineTiming.Run(trace),
    ["redline-phases", var trace] => RedlinePhases.Run(trace),
    ["redline-check"] => RedlineCheck.Run(),
    ["commit-rate", var writers, var seconds] => await CommitRate.RunAsync(int.Parse(writers), int.Parse(seconds)),
    ["commit-rate"] => await CommitRate.RunAsync(writers: 64, seconds: 5),
    ["cold-open", var trace] => await ColdOpen.RunAsync(trace),
    ["cold-open-child", var what, var database] => await ColdOpen.ChildAsync(what, database),
    ["transform", var lag] => TransformTiming.Run(int.Parse(lag)),
    ["transform"] => TransformTiming.Run(lag: 200),
    ["anchors", var anchors, var seconds] => await AnchorRate.RunAsync(int.Parse(anchors), int.Parse(seconds)),
    ["anchors"] => await AnchorRate.RunAsync(anchors: 200, seconds: 5),
    ["evict", var statements] => await IdleEvictionMemory.RunAsync(int.Parse(statements)),
    ["evict"] => await IdleEvictionMemory.RunAsync(statements: 5_000),
    ["metrics-cost"] => MetricsCost.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/CoDraft.Bench -- replay <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- redline <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- redline-phases <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- redline-check   (digests to compare before and after)");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- commit-rate [writers seconds]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- transform [lag]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- cold-open <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- anchors [anchors seconds]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- evict [statements]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- metrics-cost");
    Console.Error.WriteLine("       dotnet run --project bench/CoDraft.Bench -- vectors   (rewrites tests/vectors/*.json)");
    return 2;
}
