using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Lists;
using CoroDashboard.Web.Features.Devices;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Devices;

/// <summary>
/// One gateway call per user action, over the real gateway and the demo simulator on loopback:
/// the gateway calls are counted by a decorator around the real one.
/// </summary>
[Collection(SimulatedCoroCollection.Name)]
public sealed class DeviceGridCallTests : ListContext
{
    private readonly SimulatedCoro _coro;
    private readonly CountingGateway _gateway;

    public DeviceGridCallTests(SimulatedCoro coro)
    {
        _coro = coro;
        _ = coro.Admin;
        _gateway = new CountingGateway(coro.NewGateway());
        UseGateway(_gateway);
    }

    private IRenderedComponent<DeviceGrid> Open(string query = "")
    {
        OpenAt($"/w/{_coro.BigCustomerId}/devices{query}");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, _coro.BigCustomerId));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("tbody tr a[data-item]")));
        return grid;
    }

    private static string Pager(IRenderedComponent<DeviceGrid> grid) =>
        grid.FindAll(".mud-table-pagination-caption")[^1].TextContent.Trim();

    private void WaitForLists(IRenderedComponent<DeviceGrid> grid, int count) =>
        grid.WaitForAssertion(() => Assert.Equal(count, _gateway.Lists.Count));

    private MudDataGrid<WorkspaceItem<Device>> MudGrid(IRenderedComponent<DeviceGrid> grid) =>
        grid.FindComponent<MudDataGrid<WorkspaceItem<Device>>>().Instance;

    [Fact]
    public void The_first_render_makes_one_call_for_the_first_page()
    {
        var grid = Open();

        var query = Assert.Single(_gateway.Lists);
        Assert.Equal((0, ListState.DefaultSize), (query.Page, query.PageSize));
        Assert.Equal(["GetDevicesAsync"], _gateway.Calls);
        grid.WaitForAssertion(() => Assert.StartsWith($"1-{ListState.DefaultSize} of ", Pager(grid)));
    }

    [Fact]
    public void A_link_with_page_size_and_sort_opens_there_with_one_call()
    {
        var grid = Open("?page=3&size=50&sort=lastSeen&desc=true");

        var query = Assert.Single(_gateway.Lists);
        Assert.Equal(
            (2, 50, "lastSeen", true),
            (query.Page, query.PageSize, query.SortBy, query.SortDescending));
        grid.WaitForAssertion(() => Assert.StartsWith("101-150 of ", Pager(grid)));
        var seen = grid.FindAll("tbody tr time").Select(time => DateTimeOffset.Parse(
            time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(seen.OrderDescending(), seen);
    }

    [Fact]
    public async Task Next_page_and_a_page_size_change_cost_one_call_each_and_a_new_size_starts_at_page_one()
    {
        var grid = Open();

        await grid.InvokeAsync(() => MudGrid(grid).NavigateTo(Page.Next));
        WaitForLists(grid, 2);
        await grid.InvokeAsync(() => MudGrid(grid).SetRowsPerPageAsync(50));
        WaitForLists(grid, 3);

        Assert.Equal([(0, 25), (1, 25), (0, 50)], _gateway.Lists.Select(q => (q.Page, q.PageSize)));
        grid.WaitForAssertion(() => Assert.StartsWith("1-50 of ", Pager(grid)));
        Assert.Equal("50", UrlQuery()["size"]);
        Assert.False(UrlQuery().ContainsKey("page"));
        Assert.Equal(3, _gateway.Calls.Count);
    }

    [Fact]
    public async Task One_click_on_a_sort_header_on_page_two_makes_one_call_back_on_the_first_page()
    {
        var grid = Open("?page=2");

        grid.FindAll(".sortable-column-header").First(h => h.TextContent.Trim() == "Hostname").Click();
        WaitForLists(grid, 2);
        grid.WaitForAssertion(() => Assert.StartsWith("1-25 of ", Pager(grid)));
        await Task.Yield();

        var sorted = _gateway.Lists[1];
        Assert.Equal((0, "hostname", false), (sorted.Page, sorted.SortBy, sorted.SortDescending));
        Assert.Equal(2, _gateway.Calls.Count);
        Assert.Equal("hostname", UrlQuery()["sort"]);
        Assert.False(UrlQuery().ContainsKey("page"));
    }

    [Fact]
    public void A_filter_picked_on_a_later_page_makes_one_call_for_the_first_page()
    {
        var grid = Open("?page=3");

        var select = grid.FindComponents<MudSelect<string>>()
            .First(s => s.Instance.Label == "Operating system");
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("WINDOWS"));
        WaitForLists(grid, 2);

        var filtered = _gateway.Lists[1];
        Assert.Equal(0, filtered.Page);
        Assert.Equal("WINDOWS", filtered.Filters![ListFilters.Os]);
        grid.WaitForAssertion(() => Assert.StartsWith("1-25 of ", Pager(grid)));
        Assert.Equal("WINDOWS", UrlQuery()["os"]);
        Assert.DoesNotContain(_gateway.Lists, q => q.Page < 0);
    }

    [Fact]
    public void Typing_a_search_makes_one_call_after_the_pause_and_returns_to_the_first_page()
    {
        var grid = Open("?page=2");

        var input = grid.Find("input[data-testid=search]");
        input.Input("h");
        input.Input("ho");
        input.Input("hos");
        WaitForLists(grid, 2);

        var searched = _gateway.Lists[1];
        Assert.Equal((0, "hos"), (searched.Page, searched.Search));
        grid.WaitForAssertion(() => Assert.Equal("hos", UrlQuery().GetValueOrDefault("q")));
        Assert.False(UrlQuery().ContainsKey("page"));
        Assert.Equal(2, _gateway.Calls.Count);
    }

    [Fact]
    public void Refresh_makes_one_call_that_bypasses_the_cache()
    {
        var grid = Open();

        grid.Find("button[aria-label='Refresh the devices']").Click();
        WaitForLists(grid, 2);

        Assert.True(_gateway.Lists[1].Refresh);
        Assert.Equal(_gateway.Lists[0] with { Refresh = true }, _gateway.Lists[1]);
    }
}
