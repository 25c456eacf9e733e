using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;
using CoroDashboard.Web.Features.Devices;
using CoroDashboard.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using CoroDashboard.Web.Tests.Features.Lists.Support;

namespace CoroDashboard.Web.Tests.Features.Devices;

/// <summary>Loads overtaken by newer ones, workspace switches, failures and details.</summary>
public sealed class DeviceGridTests : ListContext
{
    private readonly StubGateway _gateway = new();
    private readonly HeldAnswers<Device> _held = new();

    public DeviceGridTests()
    {
        _gateway.Devices = _held.Ask;
        UseGateway(_gateway);
    }

    private IRenderedComponent<DeviceGrid> Open(string workspace = StubGateway.Workspace, string query = "",
        bool descendants = false)
    {
        OpenAt($"/w/{workspace}/devices{query}");
        var grid = RenderList<DeviceGrid>(p => p
            .Add(g => g.WorkspaceId, workspace)
            .Add(g => g.IncludeDescendants, descendants));
        grid.WaitForAssertion(() => Assert.NotEmpty(_held.Calls));
        return grid;
    }

    private void WaitForCalls(IRenderedComponent<DeviceGrid> grid, int count) =>
        grid.WaitForAssertion(() => Assert.Equal(count, _held.Calls.Count));

    private void Release(IRenderedComponent<DeviceGrid> grid, int call, Device[] rows,
        string workspace = StubGateway.Workspace) =>
        grid.InvokeAsync(() => _held.Release(call, rows, workspace)).GetAwaiter().GetResult();

    private static string[] Rows(IRenderedComponent<DeviceGrid> grid) =>
        [.. grid.FindAll("tbody a[data-item]").Select(link => link.GetAttribute("data-item")!)];

    [Fact]
    public void An_answer_overtaken_by_a_newer_search_is_cancelled_and_never_shown()
    {
        var grid = Open();
        Release(grid, 0, StubGateway.NumberedDevices(3, "first"));
        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Length));

        grid.Find("input[data-testid=search]").Input("old");
        WaitForCalls(grid, 2);
        grid.Find("input[data-testid=search]").Input("new");
        WaitForCalls(grid, 3);

        Assert.True(_held.Calls[1].Token.IsCancellationRequested);
        Release(grid, 2, StubGateway.NumberedDevices(2, "new"));
        grid.WaitForAssertion(() => Assert.Equal(["new-0001", "new-0002"], Rows(grid)));
        Release(grid, 1, StubGateway.NumberedDevices(4, "old"));

        Assert.Equal(["new-0001", "new-0002"], Rows(grid));
        Assert.Equal("new", UrlQuery()["q"]);
    }

    [Fact]
    public void An_overtaken_answer_that_arrives_first_is_not_shown_either()
    {
        var grid = Open();
        Release(grid, 0, StubGateway.NumberedDevices(3, "first"));
        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Length));

        grid.Find("input[data-testid=search]").Input("old");
        WaitForCalls(grid, 2);
        grid.Find("input[data-testid=search]").Input("new");
        WaitForCalls(grid, 3);
        Release(grid, 1, StubGateway.NumberedDevices(4, "old"));

        Assert.DoesNotContain(Rows(grid), row => row.StartsWith("old", StringComparison.Ordinal));
        Release(grid, 2, StubGateway.NumberedDevices(2, "new"));
        grid.WaitForAssertion(() => Assert.Equal(["new-0001", "new-0002"], Rows(grid)));
    }

    [Fact]
    public void Switching_workspace_never_shows_the_previous_workspace_rows()
    {
        var grid = Open();
        Release(grid, 0, StubGateway.NumberedDevices(3, "alpha"));
        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Length));
        grid.Find("button[aria-label='Refresh the devices']").Click();
        WaitForCalls(grid, 2);

        OpenAt("/w/ws-bravo/devices");
        grid.Render(p => p.Add(g => g.WorkspaceId, "ws-bravo"));
        WaitForCalls(grid, 3);

        Assert.Empty(Rows(grid));
        Assert.Equal("ws-bravo", _held.Calls[2].Query.WorkspaceId);
        Assert.True(_held.Calls[1].Token.IsCancellationRequested);
        Release(grid, 1, StubGateway.NumberedDevices(3, "alpha-late"));
        Assert.Empty(Rows(grid));
        Release(grid, 2, StubGateway.NumberedDevices(2, "bravo"), "ws-bravo");
        grid.WaitForAssertion(() => Assert.Equal(["bravo-0001", "bravo-0002"], Rows(grid)));
    }

    [Fact]
    public void A_failed_list_says_why_with_coro_words_and_trace_id()
    {
        _gateway.Devices = (query, _) => Task.FromResult(Fetched<ListPage<WorkspaceItem<Device>>>.Problem(
            FetchStatus.Failed,
            new GatewayError(
                "Bad Request", ["pageSize must be between 10 and 500"], "00-demo-trace-01", 400)));
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("[data-fetch-status=Failed]")));
        var problem = grid.Find("[data-fetch-status=Failed]").TextContent;
        Assert.Contains("Coro is unavailable", problem);
        Assert.Contains("Bad Request", problem);
        Assert.Contains("pageSize must be between 10 and 500", problem);
        Assert.Contains("00-demo-trace-01", problem);
        Assert.Contains("No devices to show", grid.Find("[data-testid=empty]").TextContent);
    }

    [Fact]
    public void A_fault_in_the_dashboard_shows_a_plain_message_and_never_the_exception()
    {
        _gateway.Devices = (_, _) => throw new InvalidOperationException("internal detail token=abc");
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() => Assert.Contains("The list could not be loaded",
            grid.Find("[data-fetch-status=Failed]").TextContent));
        Assert.DoesNotContain("token=abc", grid.Markup);
    }

    [Fact]
    public void A_list_the_person_may_not_see_says_so()
    {
        _gateway.Devices = (query, _) => Task.FromResult(Fetched<ListPage<WorkspaceItem<Device>>>.Problem(
            FetchStatus.Forbidden, new GatewayError("Forbidden", [])));
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() => Assert.Contains("You do not have access to these devices",
            grid.Find("[data-fetch-status=Forbidden]").TextContent));
        Assert.Empty(Rows(grid));
    }

    [Fact]
    public void Stale_rows_are_shown_with_their_as_of_time_and_the_failure()
    {
        var asOf = new DateTimeOffset(2026, 12, 1, 7, 30, 0, TimeSpan.Zero);
        _gateway.Devices = (query, _) => Task.FromResult(Fetched<ListPage<WorkspaceItem<Device>>>.Stale(
            StubGateway.Answer(query, StubGateway.NumberedDevices(2)).Value!, asOf,
            new GatewayError("Service Unavailable", [], "t-503", 503)));
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() => Assert.Equal(2, Rows(grid).Length));
        Assert.Contains("As of 07:30:00 (UTC)", grid.Find("[data-testid=list-status]").TextContent);
        var problem = grid.Find("[data-fetch-status=Stale]").TextContent;
        Assert.Contains("Showing the last data fetched, as of 2026-12-01 07:30", problem);
        Assert.Contains("t-503", problem);
    }

    [Fact]
    public void Workspaces_left_out_of_a_list_over_many_are_named_with_their_failure()
    {
        WorkspacePart<int>[] parts =
        [
            new(StubGateway.Workspace, FetchStatus.Ok, 2, StubGateway.AsOf, null),
            new("ws-bravo", FetchStatus.Failed, 0, null,
                new GatewayError("Internal Server Error", [], "t-500", 500)),
            new("ws-charlie", FetchStatus.TimedOut, 0, null, null),
            new("ws-delta", FetchStatus.NotConnected, 0, null, null),
        ];
        _gateway.Devices = (query, _) =>
            Task.FromResult(StubGateway.Answer(query, StubGateway.NumberedDevices(2), parts));
        _gateway.Hierarchy = Fetched<WorkspaceTree>.Ok(
            Tree("ch", "ws-alpha", "ws-bravo", "ws-charlie", "ws-delta"), StubGateway.AsOf);
        OpenAt("/w/ch/devices?descendants=true");
        var grid = RenderList<DeviceGrid>(p => p
            .Add(g => g.WorkspaceId, "ch")
            .Add(g => g.IncludeDescendants, true));

        grid.WaitForAssertion(() =>
            Assert.Contains("Name of ws-bravo", grid.Find("[data-testid=parts]").TextContent));
        var left = grid.FindAll("[data-testid=parts] li");
        Assert.Equal(
            ["ws-bravo", "ws-charlie", "ws-delta"],
            left.Select(li => li.GetAttribute("data-workspace")));
        Assert.Contains("Coro unavailable (trace id t-500)", left[0].TextContent);
        Assert.Contains("Internal Server Error", left[0].TextContent);
        Assert.Contains("Timed out", left[1].TextContent);
        Assert.Contains("Not connected", left[2].TextContent);
        Assert.Equal("/w/ws-alpha", grid.Find("tbody td a[href='/w/ws-alpha']").GetAttribute("href"));
    }

    [Fact]
    public void A_read_only_list_for_embedding_links_to_no_workspace()
    {
        _gateway.Devices = (query, _) =>
            Task.FromResult(StubGateway.Answer(query, StubGateway.NumberedDevices(3)));
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p
            .Add(g => g.WorkspaceId, StubGateway.Workspace)
            .Add(g => g.IncludeDescendants, true)
            .Add(g => g.ReadOnly, true));

        grid.WaitForAssertion(() => Assert.Equal(3, Rows(grid).Length));
        Assert.Empty(grid.FindAll("a[href^='/w/']"));
        Assert.All(grid.FindAll("tbody tr"), row => Assert.Contains("Alpha Dental", row.TextContent));
    }

    [Fact]
    public void An_item_in_the_url_opens_its_detail_and_closing_it_costs_no_list_call()
    {
        _gateway.Devices = (query, _) =>
            Task.FromResult(StubGateway.Answer(query, StubGateway.NumberedDevices(5)));
        _gateway.Device = (workspace, code) => Fetched<WorkspaceItem<Device>>.Ok(
            new WorkspaceItem<Device>(workspace, "Alpha Dental", new Device
            {
                EnrollmentCode = code,
                Hostname = "reception-pc",
                OsType = new WireEnum<OsType>("PLAN9"),
                Vulnerabilities = [new WireEnum<TicketType>("quantumLeak")],
            }), StubGateway.AsOf);
        var lists = 0;
        var inner = _gateway.Devices;
        _gateway.Devices = (query, token) =>
        {
            Interlocked.Increment(ref lists);
            return inner(query, token);
        };
        OpenAt($"/w/{StubGateway.Workspace}/devices?item=dev-0002");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() =>
            Assert.Contains("reception-pc", grid.Find("[data-testid=detail]").TextContent));
        var detail = grid.Find("[data-testid=detail]").TextContent;
        Assert.Contains("Unknown (PLAN9)", detail);
        Assert.Contains("Unknown (quantumLeak)", detail);
        Assert.Contains("dev-0002", detail);

        Navigation.NavigateTo(grid.Find("[data-testid=close-detail]").GetAttribute("href")!);
        grid.WaitForAssertion(() => Assert.Empty(grid.FindAll("[data-testid=detail]")));
        Navigation.NavigateTo(grid.Find("a[data-item=dev-0004]").GetAttribute("href")!);
        grid.WaitForAssertion(() =>
            Assert.Contains("dev-0004", grid.Find("[data-testid=detail]").TextContent));
        Assert.Equal("dev-0004", UrlQuery()["item"]);
        Assert.Equal(1, lists);
    }

    [Fact]
    public void A_url_changed_from_outside_shows_that_view_with_one_call()
    {
        _gateway.Devices = (query, _) =>
            Task.FromResult(StubGateway.Answer(query, StubGateway.NumberedDevices(60)));
        var queries = new List<ListQuery>();
        var inner = _gateway.Devices;
        _gateway.Devices = (query, token) =>
        {
            lock (queries)
                queries.Add(query);
            return inner(query, token);
        };
        OpenAt($"/w/{StubGateway.Workspace}/devices?size=10");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.Equal(10, Rows(grid).Length));

        OpenAt($"/w/{StubGateway.Workspace}/devices?size=10&page=4&os=LINUX");

        grid.WaitForAssertion(() => Assert.Equal(2, queries.Count));
        grid.WaitForAssertion(() => Assert.Equal("dev-0031", Rows(grid)[0]));
        Assert.Equal((3, 10), (queries[1].Page, queries[1].PageSize));
        Assert.Equal("LINUX", queries[1].Filters![ListFilters.Os]);
    }

    [Fact]
    public void Last_seen_shows_in_the_browser_time_zone_and_missing_or_zero_read_never()
    {
        Services.GetRequiredService<ViewerClock>().Use("Europe/Berlin");
        Device[] devices =
        [
            new()
            {
                EnrollmentCode = "dev-0001",
                LastSeen = DateTimeOffset.FromUnixTimeMilliseconds(1_642_063_192_000),
            },
            new() { EnrollmentCode = "dev-0002", LastSeen = null },
            new() { EnrollmentCode = "dev-0003", LastSeen = DateTimeOffset.UnixEpoch },
        ];
        _gateway.Devices = (query, _) => Task.FromResult(StubGateway.Answer(query, devices));
        OpenAt($"/w/{StubGateway.Workspace}/devices");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));

        grid.WaitForAssertion(() => Assert.Contains("2022-01-13 09:39", grid.Find("tbody tr").TextContent));
        var rows = grid.FindAll("tbody tr");
        Assert.StartsWith("2022-01-13T08:39:52", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("never", rows[1].TextContent);
        Assert.Contains("never", rows[2].TextContent);
        Assert.DoesNotContain("1970", grid.Markup);
    }

    private static WorkspaceTree Tree(string root, params string[] children)
    {
        var nodes = new Dictionary<string, WorkspaceNode>
        {
            [root] = new(
                root, "Name of " + root, null, null, WorkspaceType.Channel, null, children, 0, false, null),
        };
        foreach (var child in children)
            nodes[child] = new(
                child, "Name of " + child, null, null, WorkspaceType.Child, root, [], 1, false, null);
        return new WorkspaceTree(nodes, [root]);
    }
}
