using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using CoroDashboard.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Tokens;

/// <summary>The token rules again, against the simulator over loopback rather than a fake handler.</summary>
public sealed class SimulatorTokenTests
{
    [Fact]
    public async Task Fifty_loads_at_expiry_make_one_token_request_to_the_simulator()
    {
        var clock = new FakeTimeProvider();
        await using var rig = await SimulatorGateway.StartAsync(clock, IsChannelCredential);
        var workspace = rig.ConnectedCustomers().First().Id;
        Assert.Equal(FetchStatus.Ok,
            (await rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(workspace))).Status);
        var before = rig.TokenRequests;

        clock.Advance(TimeSpan.FromHours(24));
        var pages = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(workspace, Refresh: true))));

        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(1, rig.TokenRequests - before);
    }

    [Fact]
    public async Task A_token_the_simulator_revoked_is_replaced_once_and_the_page_still_shows()
    {
        await using var rig = await SimulatorGateway.StartAsync(new FakeTimeProvider(), IsChannelCredential);
        var workspace = rig.ConnectedCustomers().First();
        await rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(workspace.Id));
        var tokensBefore = rig.TokenRequests;
        var devicesBefore = rig.Simulator.Stats.RequestsFor("GET /v1/devices");

        rig.Simulator.RevokeTokens();
        var page = await rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(workspace.Id, Refresh: true));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(workspace.Devices.Count, page.Value!.TotalCount);
        Assert.Equal(1, rig.TokenRequests - tokensBefore);
        Assert.Equal(2, rig.Simulator.Stats.RequestsFor("GET /v1/devices") - devicesBefore);
    }

    [Fact]
    public async Task Two_hundred_cold_calls_under_two_credentials_make_two_token_requests()
    {
        await using var rig = await SimulatorGateway.StartAsync(
            new FakeTimeProvider(), (simulator, credential) => IsChannelCredential(simulator, credential)
                || IsSubChannelCredential(simulator, credential));
        var subChannel = rig.Simulator.Credentials.Single(c => IsSubChannelCredential(rig.Simulator, c));
        var below = rig.Simulator.Dataset.Subtree(subChannel.WorkspaceId).Select(w => w.Id).ToHashSet();
        var customers = rig.ConnectedCustomers().ToList();
        string[] workspaces =
        [
            .. customers.Where(c => below.Contains(c.Id)).Take(10).Select(c => c.Id),
            .. customers.Where(c => !below.Contains(c.Id)).Take(10).Select(c => c.Id),
        ];

        var pages = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(workspaces[i % workspaces.Length]))));

        Assert.Equal(20, workspaces.Length);
        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(2, rig.TokenRequests);
        Assert.Equal(2, rig.Simulator.Stats.TokensIssued);
    }

    private static bool IsChannelCredential(RunningSimulator simulator, SimulatorCredential credential) =>
        credential.WorkspaceId == simulator.Dataset.Root.Id;

    private static bool IsSubChannelCredential(RunningSimulator simulator, SimulatorCredential credential) =>
        !IsChannelCredential(simulator, credential)
        && simulator.Dataset.Find(credential.WorkspaceId)?.Info.Type.Known == WorkspaceType.Channel;
}
