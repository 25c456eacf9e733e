using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Counts;

public sealed class CountsStreamTests
{
    [Fact]
    public async Task Counts_reach_the_page_per_workspace_with_bounded_calls_in_flight()
    {
        var clock = new FakeTimeProvider();
        var ids = Enumerable.Range(0, 300).Select(i => $"ws-{i:D3}").ToArray();
        await using var harness = GatewayHarness.Create(
            seed: coro =>
            {
                coro.Add(Dataset.Channel, null, WorkspaceType.Channel);
                foreach (var id in ids)
                    Dataset.Devices(coro.Add(id, Dataset.Channel), 4, "3.2.0");
                coro.AddClient("channel-client", "channel-secret", Dataset.Channel);
                coro.Failing.UnionWith(["ws-010", "ws-020", "ws-030"]);
                coro.Hanging.Add("ws-000");
            },
            clock: clock);

        // The hung workspace only times out once the clock moves, and the clock only moves once
        // every other workspace has reached the test: a stream that waited for all of them
        // before yielding any would never get there (and the guard ends the test instead).
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answered = new List<Workspaces.WorkspacePart<Workspaces.WorkspaceCounts>>();
        await foreach (var part in harness.Gateway.StreamCountsAsync(
            harness.Admin, ids, cancellationToken: guard.Token))
        {
            answered.Add(part);
            if (answered.Count == ids.Length - 1)
                clock.Advance(TimeSpan.FromSeconds(10));
        }

        var byId = answered.ToDictionary(part => part.WorkspaceId);
        Assert.Equal(ids.Length, answered.Count);
        Assert.Equal("ws-000", answered[^1].WorkspaceId);
        Assert.Equal(FetchStatus.TimedOut, byId["ws-000"].Status);
        Assert.All(new[] { "ws-010", "ws-020", "ws-030" }, id =>
        {
            Assert.Equal(FetchStatus.Failed, byId[id].Status);
            Assert.Equal($"t-500-{id}", byId[id].Error!.TraceId);
        });
        Assert.Equal(296, answered.Count(part => part.Status == FetchStatus.Ok));
        var counted = byId["ws-100"].Value!;
        Assert.Equal((4, 1, 1, 1, 0), (counted.Devices, counted.ProtectedUsers, counted.OpenTickets,
            counted.UnprotectedDevices, counted.OutdatedDevices));
        Assert.Equal(["coroEssentials"], counted.Bundles);
        Assert.True(harness.Coro.MaxInFlight <= 8,
            $"{harness.Coro.MaxInFlight} calls were in flight at once");
        Assert.Single(harness.Coro.TokenRequests);
    }

    [Fact]
    public async Task Warm_counts_cost_no_coro_call()
    {
        await using var harness = GatewayHarness.Create();
        var ids = new[] { Dataset.Alpha, Dataset.Bravo, Dataset.Charlie };
        await harness.Gateway.StreamCountsAsync(harness.Admin, ids).ToArrayAsync();
        harness.Coro.Reset();

        var warm = await harness.Gateway.StreamCountsAsync(harness.Admin, ids).ToArrayAsync();

        Assert.All(warm, part => Assert.Equal(FetchStatus.Ok, part.Status));
        Assert.Empty(harness.Coro.Calls);
    }

    [Fact]
    public async Task Outdated_devices_run_an_agent_older_than_the_newest_in_the_channel()
    {
        await using var harness = GatewayHarness.Create();

        var parts = await harness.Gateway.StreamCountsAsync(
            harness.Admin, [Dataset.Alpha, Dataset.Bravo]).ToArrayAsync();
        var overview = await harness.Gateway.GetGlobalOverviewAsync(harness.Admin);

        var bravo = overview.Value!.NeedsAttention.Single(item => item.Workspace.Id == Dataset.Bravo);
        Assert.Equal(5, bravo.OutdatedDevices);
        Assert.Equal(4, overview.Value.Workspaces);
        Assert.Equal(22, overview.Value.Devices);
        Assert.Equal(2, parts.Length);
    }
}
