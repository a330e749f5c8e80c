using CoDraft.Bench;

return args switch
{
    ["replay", var trace] => TraceReplay.Run(trace),
    ["vectors"] => VectorWriter.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/CoDraft.Bench -- replay <trace>");
    Console.Error.WriteLine("       dotnet run --project bench/CoDraft.Bench -- vectors   (rewrites tests/vectors/*.json)");
    return 2;
}
