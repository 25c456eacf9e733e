using System.Diagnostics;
using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Rig;

/// <summary>What one workload step cost: calls the simulator served (tokens included), wall time.</summary>
internal sealed record Cost(double Calls, double Tokens, TimeSpan Wall)
{
    /// <summary>Set when the figures were measured on a sample and scaled up; says how.</summary>
    public string? Extrapolation { get; init; }

    public Cost Scale(double factor, string how) =>
        new(Calls * factor, Tokens * factor, Wall * factor) { Extrapolation = how };
}

/// <summary>Reads the simulator's request counters around one step; steps never overlap.</summary>
internal sealed class CallMeter(RunningSimulator simulator)
{
    private const string TokenRoute = "POST /oauth/token";

    public async Task<(T Result, Cost Cost)> MeasureAsync<T>(Func<Task<T>> step)
    {
        var calls = simulator.Stats.TotalRequests;
        var tokens = simulator.Stats.RequestsFor(TokenRoute);
        var watch = Stopwatch.StartNew();
        var result = await step();
        watch.Stop();
        return (result, new Cost(
            simulator.Stats.TotalRequests - calls,
            simulator.Stats.RequestsFor(TokenRoute) - tokens,
            watch.Elapsed));
    }

    public async Task<Cost> MeasureAsync(Func<Task> step) =>
        (await MeasureAsync(async () =>
        {
            await step();
            return true;
        })).Cost;
}
