using CoroDashboard.Benchmarks.Naive;
using CoroDashboard.Benchmarks.Reporting;
using CoroDashboard.Benchmarks.Rig;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Workloads;

/// <summary>
/// The cross-customer device list (the channel with all its descendants): its first page, then the
/// same list sorted by hostname, which orders every row. Each cold figure comes from a new gateway
/// with only the hierarchy loaded; warm figures reuse the rows already fetched.
/// </summary>
internal sealed class DeviceListWorkload(RunningSimulator simulator, BenchmarkOptions options, Report report)
{
    private static readonly TimeSpan WarmSortLimit = TimeSpan.FromMilliseconds(200);

    public async Task RunAsync()
    {
        var root = simulator.Dataset.Root.Id;
        var firstPage = new ListQuery(root, IncludeDescendants: true);
        var sorted = firstPage with { SortBy = "hostname" };
        var meter = new CallMeter(simulator);

        await using (var rig = await StartAsync())
        {
            var (page, cold) = await meter.MeasureAsync(() => LoadAsync(rig, firstPage));
            var (_, warm) = await meter.MeasureAsync(() => LoadAsync(rig, firstPage));
            var collections = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes();
            var (_, sortWarm) = await meter.MeasureAsync(() => LoadAsync(rig, sorted));
            var megabytes = (GC.GetTotalAllocatedBytes() - allocated) / 1_000_000.0;
            var sortNote = $"hostname, first time; {megabytes:0.0} MB allocated, "
                + $"{GC.CollectionCount(2) - collections} full GC(s)";
            var (_, nextPage) = await meter.MeasureAsync(() => LoadAsync(rig, sorted with { Page = 1 }));
            var rows = page.Value?.TotalCount ?? 0;
            var naive = await NaiveAsync();

            var workload = $"all devices, {Figures.Count(rows)} rows";
            report.Add(new Row(workload, "first page cold", cold, naive, $"{page.Status}"));
            report.Add(new Row(workload, "first page warm", warm, naive));
            report.Add(new Row(workload, "sort warm", sortWarm, naive, sortNote));
            report.Add(new Row(workload, "sort warm, page 2", nextPage, naive, "order kept from the sort"));
            report.Check($"warm device list first page ({Figures.Count(rows)} rows): 0 Coro calls",
                Figures.Count(warm.Calls), warm.Calls == 0);
            report.Check($"warm sort over {Figures.Count(rows)} devices: 0 Coro calls",
                Figures.Count(sortWarm.Calls), sortWarm.Calls == 0);
            report.Check($"warm sort over {Figures.Count(rows)} devices: first page under 200 ms",
                Figures.Time(sortWarm.Wall), sortWarm.Wall < WarmSortLimit);

            await using var fresh = await StartAsync();
            var (_, sortCold) = await meter.MeasureAsync(() => LoadAsync(fresh, sorted));
            report.Add(new Row(workload, "sort cold", sortCold, naive, "hostname, new gateway"));
        }
    }

    private static Task<Fetched<ListPage<WorkspaceItem<Device>>>> LoadAsync(
        GatewayRig rig, ListQuery query) =>
        rig.Gateway.GetDevicesAsync(rig.User, query);

    private async Task<GatewayRig> StartAsync()
    {
        var rig = GatewayRig.Create(simulator, options.Concurrency);
        await rig.Gateway.GetHierarchyAsync(rig.User);
        return rig;
    }

    /// <summary>
    /// Every workspace's devices, one call at a time with a token each, then paged or sorted locally
    /// (the local step is the same for both paths). Measured on evenly spaced workspaces and scaled.
    /// </summary>
    private async Task<Cost> NaiveAsync()
    {
        await using var naive = NaiveCoro.Create(simulator);
        var all = simulator.Dataset.Workspaces;
        var count = Math.Min(options.NaiveSample, all.Count);
        var sample = Enumerable.Range(0, count).Select(i => all[i * all.Count / count].Id).ToList();
        var cost = await new CallMeter(simulator).MeasureAsync(async () =>
        {
            foreach (var workspace in sample)
                await naive.ReadAllAsync(simulator.CoveringCredential(workspace)!, workspace,
                    (api, id, token, page, size) => api.GetDevicesAsync(id, token, page, size));
        });
        return count == all.Count
            ? cost
            : cost.Scale((double)all.Count / count, $"from {count} of {all.Count} workspaces");
    }
}
