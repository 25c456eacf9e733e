using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;

namespace CoroDashboard.Gateway.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly HashSet<string> Empty = [];

    [Fact]
    public async Task Channel_admin_sees_every_workspace()
    {
        await using var harness = GatewayHarness.Create();

        var tree = await harness.Gateway.GetHierarchyAsync(harness.Admin);

        Assert.Equal(FetchStatus.Ok, tree.Status);
        Assert.Equal(6, tree.Value!.Nodes.Count);
        Assert.Equal([Dataset.Channel], tree.Value.RootIds);
        Assert.Equal([Dataset.Channel, Dataset.Alpha, Dataset.Delta],
            tree.Value.PathTo(Dataset.Delta).Select(n => n.Id));
    }

    [Fact]
    public async Task Technician_sees_assigned_workspaces_minus_excluded_subtrees()
    {
        await using var harness = GatewayHarness.Create();
        var technician = harness.Scopes.Person("tech", new AccessScope(
            new HashSet<string> { Dataset.Channel }, new HashSet<string>(),
                new HashSet<string> { Dataset.Alpha }, false));

        var tree = await harness.Gateway.GetHierarchyAsync(technician);
        var alpha = await harness.Gateway.GetDevicesAsync(technician, new ListQuery(Dataset.Alpha));
        var delta = await harness.Gateway.GetDevicesAsync(technician, new ListQuery(Dataset.Delta));
        var all = await harness.Gateway.GetDevicesAsync(
            technician, new ListQuery(Dataset.Channel, IncludeDescendants: true, PageSize: 100));

        Assert.DoesNotContain(Dataset.Alpha, tree.Value!.Nodes.Keys);
        Assert.DoesNotContain(Dataset.Delta, tree.Value.Nodes.Keys);
        Assert.Equal(FetchStatus.Forbidden, alpha.Status);
        Assert.Equal(FetchStatus.Forbidden, delta.Status);
        Assert.DoesNotContain(all.Value!.Items, item => item.WorkspaceId is Dataset.Alpha or Dataset.Delta);
        Assert.Equal(8, all.Value.TotalCount);
        Assert.DoesNotContain(harness.Coro.Calls, call => call.Workspace is Dataset.Alpha or Dataset.Delta);
    }

    [Fact]
    public async Task Customer_admin_sees_only_their_own_subtree()
    {
        await using var harness = GatewayHarness.Create();
        var customer = harness.Scopes.Person("customer", AccessScope.Subtree(Dataset.Alpha));

        var tree = await harness.Gateway.GetHierarchyAsync(customer);
        var child = await harness.Gateway.GetDevicesAsync(customer, new ListQuery(Dataset.Delta));
        var sibling = await harness.Gateway.GetOverviewAsync(customer, Dataset.Bravo);

        Assert.Equal([Dataset.Alpha], tree.Value!.RootIds);
        Assert.Equal([Dataset.Alpha, Dataset.Delta], tree.Value.Nodes.Keys.Order());
        Assert.Equal(FetchStatus.Ok, child.Status);
        Assert.Equal(FetchStatus.Forbidden, sibling.Status);
        Assert.DoesNotContain(harness.Coro.Calls, call => call.Workspace == Dataset.Bravo);
    }

    [Fact]
    public async Task Single_workspace_session_cannot_reach_its_own_children()
    {
        await using var harness = GatewayHarness.Create();
        var embedded = harness.Scopes.Person("psa", AccessScope.Single(Dataset.Alpha));

        var own = await harness.Gateway.GetDevicesAsync(embedded, new ListQuery(Dataset.Alpha));
        var child = await harness.Gateway.GetDevicesAsync(embedded, new ListQuery(Dataset.Delta));
        var withDescendants = await harness.Gateway.GetDevicesAsync(
            embedded, new ListQuery(Dataset.Alpha, IncludeDescendants: true, PageSize: 100));
        var invalidated = await harness.Gateway.InvalidateAsync(embedded, Dataset.Delta);

        Assert.Equal(FetchStatus.Ok, own.Status);
        Assert.Equal(FetchStatus.Forbidden, child.Status);
        Assert.Equal(FetchStatus.Forbidden, invalidated);
        Assert.Equal(12, withDescendants.Value!.TotalCount);
        Assert.Equal([Dataset.Alpha], withDescendants.Value.Parts.Select(part => part.WorkspaceId));
        Assert.DoesNotContain(harness.Coro.Calls, call => call.Workspace == Dataset.Delta);
    }

    [Fact]
    public async Task An_unknown_workspace_is_refused_without_any_coro_call()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.Reset();

        var devices = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery("ws-nowhere"));
        var overview = await harness.Gateway.GetOverviewAsync(harness.Admin, "ws-nowhere");
        var counts = await harness.Gateway.StreamCountsAsync(harness.Admin, ["ws-nowhere"]).ToArrayAsync();

        Assert.Contains(devices.Status, new[] { FetchStatus.NotFound, FetchStatus.Forbidden });
        Assert.Contains(overview.Status, new[] { FetchStatus.NotFound, FetchStatus.Forbidden });
        Assert.Contains(counts.Single().Status, new[] { FetchStatus.NotFound, FetchStatus.Forbidden });
        Assert.Empty(harness.Coro.Calls);
        Assert.Empty(harness.Coro.TokenRequests);
    }

    [Fact]
    public async Task A_caller_without_any_scope_reaches_nothing()
    {
        await using var harness = GatewayHarness.Create();
        var stranger = harness.Scopes.Person("stranger", AccessScope.None);

        var tree = await harness.Gateway.GetHierarchyAsync(stranger);
        var devices = await harness.Gateway.GetDevicesAsync(stranger, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Forbidden, tree.Status);
        Assert.Equal(FetchStatus.Forbidden, devices.Status);
        Assert.Empty(harness.Coro.Calls);
    }

    [Fact]
    public async Task Every_refusal_is_logged_with_the_caller()
    {
        await using var harness = GatewayHarness.Create();
        var stranger = harness.Scopes.Person("stranger", AccessScope.None);
        var customer = harness.Scopes.Person("customer", AccessScope.Subtree(Dataset.Alpha));

        await harness.Gateway.GetHierarchyAsync(stranger);
        await harness.Gateway.GetGlobalOverviewAsync(stranger);
        await harness.Gateway.GetDevicesAsync(customer, new ListQuery(Dataset.Bravo));

        var refusals = harness.Logs.Entries.Where(entry => entry.Event.Name is "AccessDenied" or "NoAccess")
            .Select(entry => (entry.Event.Id, entry.Text)).ToArray();
        Assert.Equal(
        [
            (2031, "stranger has access to no workspace and was refused"),
            (2031, "stranger has access to no workspace and was refused"),
            (2030, "Access to workspace ws-bravo denied for customer"),
        ], refusals);
    }
}
