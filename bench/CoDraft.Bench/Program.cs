using CoDraft.Bench;

return args switch
{
    ["replay", var trace] => TraceReplay.Run(trace),
    ["vectors"] => VectorWriter.Run(),
    ["redline", var trace] => RedlineTiming.Run(trace),
    ["commit-rate", var writers, var seconds] => await CommitRate.RunAsync(int.Parse(writers), int.Parse(seconds)),
    ["commit-rate"] => await CommitRate.RunAsync(writers: 64, seconds: 5),
    ["anchors", var anchors, var seconds] => await AnchorRate.RunAsync(int.Parse(anchors), int.Parse(seconds)),
    ["anchors"] => await AnchorRate.RunAsync(anchors: 200, seconds: 5),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/CoDraft.Bench -- replay <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- redline <trace>");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- commit-rate [writers seconds]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/CoDraft.Bench -- anchors [anchors seconds]");
    Console.Error.WriteLine("       dotnet run --project bench/CoDraft.Bench -- vectors   (rewrites tests/vectors/*.json)");
    return 2;
}
