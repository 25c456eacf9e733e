using CoroDashboard.Benchmarks.Naive;
using CoroDashboard.Benchmarks.Reporting;
using CoroDashboard.Benchmarks.Rig;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Workloads;

/// <summary>
/// One page of one workspace's device grid, as a page would ask for it, cold then warm. The
/// hierarchy is loaded first (every page has it before it shows a grid), so the cold figure is the
/// grid's own cost.
/// </summary>
internal sealed class GridPageWorkload(RunningSimulator simulator, BenchmarkOptions options, Report report)
{
    private const int PageSize = 25;

    public async Task RunAsync()
    {
        foreach (var workspace in Workspaces())
            await RunAsync(workspace);
    }

    private async Task RunAsync(SimulatedWorkspace workspace)
    {
        var meter = new CallMeter(simulator);
        await using var rig = GatewayRig.Create(simulator, options.Concurrency);
        await rig.Gateway.GetHierarchyAsync(rig.User);

        var query = new ListQuery(workspace.Id, PageSize: PageSize);
        var (coldPage, cold) = await meter.MeasureAsync(() => rig.Gateway.GetDevicesAsync(rig.User, query));
        var (_, warm) = await meter.MeasureAsync(() => rig.Gateway.GetDevicesAsync(rig.User, query));
        var naive = await NaiveAsync(workspace.Id);

        var workload = $"device grid page, {workspace.Devices.Count} devices";
        var shown = $"{coldPage.Value?.Items.Count ?? 0} of {coldPage.Value?.TotalCount ?? 0} rows";
        report.Add(new Row(workload, "cold", cold, naive, $"{coldPage.Status}, {shown}; {DataCalls(cold)}"));
        report.Add(new Row(workload, "warm", warm, naive));
        report.Check($"warm grid page ({workspace.Devices.Count} devices): 0 Coro calls",
            Figures.Count(warm.Calls), warm.Calls == 0);
    }

    private static string DataCalls(Cost cost) =>
        $"{Figures.Count(cost.Calls - cost.Tokens)} data call(s), {Figures.Count(cost.Tokens)} token";

    private async Task<Cost> NaiveAsync(string workspaceId)
    {
        await using var naive = NaiveCoro.Create(simulator);
        var credential = simulator.CoveringCredential(workspaceId)!;
        return await new CallMeter(simulator).MeasureAsync(() => naive.CallAsync(
            credential, (api, token) => api.GetDevicesAsync(workspaceId, token, 0, PageSize)) as Task);
    }

    /// <summary>A typical customer and the largest one (which may need more than one page of 500).</summary>
    private IEnumerable<SimulatedWorkspace> Workspaces()
    {
        var customers = simulator.ConnectedCustomers()
            .OrderBy(workspace => workspace.Devices.Count)
            .ToList();
        return new[] { customers[customers.Count / 2], customers[^1] }.Distinct();
    }
}
