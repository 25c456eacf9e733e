using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using CoroDashboard.Gateway.Workspaces;
using CoroDashboard.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Caching;

/// <summary>
/// The demo customer whose ancestors' credentials the simulator refuses (403): every view that
/// meets the refusal remembers it, so a second look within the lifetimes asks the simulator
/// nothing, and a refresh or an invalidation asks again.
/// </summary>
public sealed class SimulatorRefusalTests
{
    [Fact]
    public async Task Warm_counts_of_every_workspace_ask_nothing_and_the_refused_one_stays_not_connected()
    {
        await using var rig = await StartAsync();
        var ids = (await rig.Gateway.GetHierarchyAsync(rig.Admin)).Value!.Nodes.Keys.ToArray();
        var cold = await CountsAsync(rig, ids);
        var calledCold = rig.Simulator.Stats.RequestsForWorkspace(Refused(rig));
        rig.Simulator.Stats.Reset();

        var warm = await CountsAsync(rig, ids);

        Assert.Equal(1, calledCold);
        Assert.Equal(FetchStatus.NotConnected, cold[Refused(rig)].Status);
        Assert.Equal(FetchStatus.NotConnected, warm[Refused(rig)].Status);
        Assert.Equal(0, rig.Simulator.Stats.TotalRequests);
    }

    [Fact]
    public async Task A_warm_global_overview_asks_nothing_and_lists_the_refused_customer()
    {
        await using var rig = await StartAsync();
        await rig.Gateway.GetGlobalOverviewAsync(rig.Admin);
        rig.Simulator.Stats.Reset();

        var warm = await rig.Gateway.GetGlobalOverviewAsync(rig.Admin);

        Assert.Equal(0, rig.Simulator.Stats.TotalRequests);
        Assert.Equal(FetchStatus.NotConnected,
            warm.Value!.Failed.Single(part => part.WorkspaceId == Refused(rig)).Status);
    }

    [Fact]
    public async Task Every_view_of_the_refused_workspace_asks_nothing_the_second_time()
    {
        await using var rig = await StartAsync();
        var id = Refused(rig);
        var workspace = rig.Simulator.Dataset.Find(id)!;

        var cold = await ViewAllAsync(rig, id, workspace);
        var calledCold = rig.Simulator.Stats.RequestsForWorkspace(id);
        rig.Simulator.Stats.Reset();
        var warm = await ViewAllAsync(rig, id, workspace);

        Assert.All(cold, status => Assert.Equal(FetchStatus.NotConnected, status));
        Assert.All(warm, status => Assert.Equal(FetchStatus.NotConnected, status));
        Assert.True(calledCold > 0);
        Assert.Empty(rig.Simulator.Stats.Requests);
    }

    [Fact]
    public async Task A_refresh_or_an_invalidation_asks_coro_again()
    {
        await using var rig = await StartAsync();
        var id = Refused(rig);
        await CountsAsync(rig, [id]);
        rig.Simulator.Stats.Reset();

        var refreshed = await CountsAsync(rig, [id], refresh: true);
        var afterRefresh = rig.Simulator.Stats.RequestsFor("GET /v1/devices");
        Assert.Equal(FetchStatus.Ok, await rig.Gateway.InvalidateAsync(rig.Admin, id));
        var devices = await rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(id));

        Assert.Equal(FetchStatus.NotConnected, refreshed[id].Status);
        Assert.Equal(1, afterRefresh);
        Assert.Equal(FetchStatus.NotConnected, devices.Status);
        Assert.Equal(2, rig.Simulator.Stats.RequestsFor("GET /v1/devices"));
    }

    private static async Task<FetchStatus[]> ViewAllAsync(
        SimulatorGateway rig, string id, SimulatedWorkspace workspace)
    {
        var gateway = rig.Gateway;
        return
        [
            (await gateway.GetOverviewAsync(rig.Admin, id)).Status,
            (await gateway.GetDevicesAsync(rig.Admin, new ListQuery(id))).Status,
            (await gateway.GetUsersAsync(rig.Admin, new ListQuery(id))).Status,
            (await gateway.GetTicketsAsync(rig.Admin, new ListQuery(id))).Status,
            (await gateway.GetDeviceAsync(rig.Admin, id, workspace.Devices[0].EnrollmentCode!)).Status,
            (await gateway.GetUserAsync(rig.Admin, id, workspace.Users[0].Id)).Status,
            (await gateway.GetTicketAsync(rig.Admin, id, workspace.Tickets[0].Id)).Status,
            (await CountsAsync(rig, [id]))[id].Status,
        ];
    }

    private static async Task<Dictionary<string, WorkspacePart<WorkspaceCounts>>> CountsAsync(
        SimulatorGateway rig, IReadOnlyCollection<string> ids, bool refresh = false)
    {
        var parts = new Dictionary<string, WorkspacePart<WorkspaceCounts>>(StringComparer.Ordinal);
        await foreach (var part in rig.Gateway.StreamCountsAsync(rig.Admin, ids, refresh))
            parts.Add(part.WorkspaceId, part);
        return parts;
    }

    private static string Refused(SimulatorGateway rig) =>
        rig.Simulator.Dataset.AncestorRevokedWorkspace!.Id;

    // Every credential of the demo, as the dashboard's demo mode uses them; none was created in
    // the refused customer, so each that covers it is an ancestor's.
    private static Task<SimulatorGateway> StartAsync() =>
        SimulatorGateway.StartAsync(new FakeTimeProvider(), (_, _) => true);
}
