using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Caching;

public sealed class ResponseCacheTests
{
    [Fact]
    public async Task A_grid_page_costs_one_call_cold_and_none_warm()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.Reset();

        var cold = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
            PageSize: 5));
        var callsCold = harness.Coro.DataCalls;
        var warm = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, Page: 2, PageSize: 5, SortBy: "hostname"));

        Assert.Equal(1, callsCold);
        Assert.Equal(1, harness.Coro.DataCalls);
        Assert.Equal(5, cold.Value!.Items.Count);
        Assert.Equal(2, warm.Value!.Items.Count);
        Assert.Equal(cold.AsOf, warm.AsOf);
    }

    [Fact]
    public async Task Refresh_replaces_the_entry_with_a_newer_one()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(clock: clock);
        var first = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        clock.Advance(TimeSpan.FromSeconds(20));
        Dataset.Devices(harness.Coro.Workspaces[Dataset.Alpha], 1, "3.2.0", offset: 100);
        var refreshed = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
            Refresh: true));
        var after = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(12, first.Value!.TotalCount);
        Assert.Equal(13, refreshed.Value!.TotalCount);
        Assert.Equal(13, after.Value!.TotalCount);
        Assert.Equal(first.AsOf!.Value.AddSeconds(20), after.AsOf);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task Invalidating_a_workspace_drops_its_entries_and_no_others()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));
        harness.Coro.Reset();

        var status = await harness.Gateway.InvalidateAsync(harness.Admin, Dataset.Alpha);
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));

        Assert.Equal(FetchStatus.Ok, status);
        Assert.Equal([Dataset.Alpha], harness.Coro.Calls.Select(call => call.Workspace));
    }

    [Fact]
    public async Task When_coro_fails_the_last_good_value_comes_back_stale_with_the_error()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(clock: clock, settings: gateway =>
            gateway.Lifetimes.Hierarchy = TimeSpan.FromHours(2));
        var good = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        clock.Advance(TimeSpan.FromMinutes(2));
        harness.Coro.Failing.Add(Dataset.Alpha);
        var stale = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Stale, stale.Status);
        Assert.Equal(good.AsOf, stale.AsOf);
        Assert.Equal(12, stale.Value!.TotalCount);
        Assert.Equal("t-500-ws-alpha", stale.Error!.TraceId);
    }

    [Fact]
    public async Task A_failure_is_never_cached()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.Failing.Add(Dataset.Bravo);
        var failed = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));

        harness.Coro.Failing.Clear();
        var next = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));

        Assert.Equal(FetchStatus.Failed, failed.Status);
        Assert.Null(failed.Value);
        Assert.Equal(FetchStatus.Ok, next.Status);
    }

    [Fact]
    public async Task Last_good_values_are_kept_only_for_the_stale_period()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(clock: clock, settings: gateway =>
        {
            gateway.Lifetimes.Hierarchy = TimeSpan.FromHours(3);
            gateway.StaleFor = TimeSpan.FromHours(1);
        });
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        clock.Advance(TimeSpan.FromMinutes(61));
        harness.Coro.Failing.Add(Dataset.Alpha);
        var answer = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Failed, answer.Status);
    }

    [Fact]
    public async Task A_workspace_coro_refuses_is_not_asked_again_until_its_entries_are_dropped()
    {
        await using var harness = GatewayHarness.Create();
        harness.Coro.Refusing.Add(Dataset.Charlie);
        var everything = new ListQuery(Dataset.Channel, IncludeDescendants: true);
        await harness.Gateway.GetDevicesAsync(harness.Admin, everything);
        await ReadCountsAsync(harness, Dataset.Charlie);
        harness.Coro.Reset();

        var again = await harness.Gateway.GetDevicesAsync(harness.Admin, everything);
        var alone = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Charlie));
        var counts = await ReadCountsAsync(harness, Dataset.Charlie);

        Assert.Equal(0, harness.Coro.DataCalls);
        Assert.Equal(FetchStatus.NotConnected,
            again.Value!.Parts.Single(part => part.WorkspaceId == Dataset.Charlie).Status);
        Assert.Equal(FetchStatus.NotConnected, alone.Status);
        Assert.Equal("t-403", alone.Error!.TraceId);
        Assert.Equal(FetchStatus.NotConnected, counts.Status);

        harness.Coro.Refusing.Clear();
        await harness.Gateway.InvalidateAsync(harness.Admin, Dataset.Charlie);
        var connected = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Charlie));

        Assert.Equal(FetchStatus.Ok, connected.Status);
    }

    private static async Task<Workspaces.WorkspacePart<Workspaces.WorkspaceCounts>> ReadCountsAsync(
        GatewayHarness harness, string workspaceId)
    {
        var parts = new List<Workspaces.WorkspacePart<Workspaces.WorkspaceCounts>>();
        await foreach (var part in harness.Gateway.StreamCountsAsync(harness.Admin, [workspaceId]))
            parts.Add(part);
        return Assert.Single(parts);
    }
}
