using CoroDashboard.Benchmarks.Naive;
using CoroDashboard.Benchmarks.Reporting;
using CoroDashboard.Benchmarks.Rig;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Workloads;

/// <summary>
/// The hierarchy page: the tree, then counts for every workspace in it, read to the end of the
/// stream. Cold on a new gateway, then warm. The cold run is held against its floor: the Coro
/// calls it made, spread evenly over the fan-out's concurrency, each taking the injected latency.
/// </summary>
internal sealed class HierarchyWorkload(RunningSimulator simulator, BenchmarkOptions options, Report report)
{
    private const double FloorAllowance = 1.5;

    public async Task RunAsync()
    {
        var meter = new CallMeter(simulator);
        await using var rig = GatewayRig.Create(simulator, options.Concurrency);
        var (tally, cold) = await meter.MeasureAsync(() => LoadAsync(rig));
        var (_, warm) = await meter.MeasureAsync(() => LoadAsync(rig));
        var naive = await NaiveAsync();

        var workspaces = simulator.Dataset.Workspaces.Count;
        var workload = $"hierarchy with counts, {workspaces} workspaces";
        var floor = TimeSpan.FromMilliseconds(cold.Calls / options.Concurrency * options.LatencyMs);
        var ratio = cold.Wall / floor;
        report.Add(new Row(workload, "cold", cold, naive,
            $"{tally}; floor {Figures.Time(floor)}, {ratio:0.00}x floor"));
        report.Add(new Row(workload, "warm", warm, naive, tally));
        report.Check($"cold hierarchy with counts ({workspaces} workspaces) within {FloorAllowance}x floor",
            $"{Figures.Time(cold.Wall)} = {ratio:0.00}x floor of {Figures.Time(floor)}",
            ratio <= FloorAllowance);
        report.Check($"warm hierarchy with counts ({workspaces} workspaces): 0 Coro calls",
            Figures.Count(warm.Calls), warm.Calls == 0);
    }

    private static async Task<string> LoadAsync(GatewayRig rig)
    {
        var tree = await rig.Gateway.GetHierarchyAsync(rig.User);
        if (tree.Value is null)
            return $"hierarchy {tree.Status}";
        var statuses = new Dictionary<FetchStatus, int>();
        await foreach (var part in rig.Gateway.StreamCountsAsync(rig.User, [.. tree.Value.Nodes.Keys]))
            statuses[part.Status] = statuses.GetValueOrDefault(part.Status) + 1;
        return string.Join(", ",
            statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Value} {pair.Key}"));
    }

    /// <summary>
    /// The workspace list, then each workspace's devices, users, tickets and subscription, every call
    /// with its own token. Measured on evenly spaced workspaces and scaled to all of them.
    /// </summary>
    private async Task<Cost> NaiveAsync()
    {
        await using var naive = NaiveCoro.Create(simulator);
        var meter = new CallMeter(simulator);
        var root = simulator.Dataset.Root.Id;
        var rootCredential = simulator.CoveringCredential(root)!;
        var listing = await meter.MeasureAsync(() =>
            naive.CallAsync(rootCredential, (api, token) => api.GetWorkspacesAsync(root, token)) as Task);

        var all = simulator.Dataset.Workspaces;
        var sample = Enumerable.Range(0, Math.Min(options.NaiveSample, all.Count))
            .Select(i => all[i * all.Count / Math.Min(options.NaiveSample, all.Count)].Id)
            .ToList();
        var counting = await meter.MeasureAsync(async () =>
        {
            foreach (var workspace in sample)
                await CountAsync(naive, workspace);
        });

        var scale = (double)all.Count / sample.Count;
        return new Cost(
            listing.Calls + counting.Calls * scale,
            listing.Tokens + counting.Tokens * scale,
            listing.Wall + counting.Wall * scale)
        {
            Extrapolation = sample.Count == all.Count
                ? null
                : $"from {sample.Count} of {all.Count} workspaces",
        };
    }

    private async Task CountAsync(NaiveCoro naive, string workspace)
    {
        var credential = simulator.CoveringCredential(workspace)!;
        await naive.ReadAllAsync(credential, workspace,
            (api, id, token, page, size) => api.GetDevicesAsync(id, token, page, size));
        await naive.ReadAllAsync(credential, workspace,
            (api, id, token, page, size) => api.SearchUsersAsync(id, token, page, size));
        await naive.ReadAllAsync(credential, workspace,
            (api, id, token, page, size) => api.SearchTicketsAsync(id, token, page, size));
        await naive.CallAsync(credential, (api, token) => api.GetSubscriptionAsync(workspace, token));
    }
}
