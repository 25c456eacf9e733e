using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Devices;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Lists;

/// <summary>
/// The list while the browser's URL lags behind it: row and close links carry the state as shown,
/// and the browser confirming the list's own earlier URLs does not send the list back.
/// </summary>
public sealed class ListRoundTripTests : ListContext
{
    private readonly StubGateway _gateway = new();
    private readonly RoundTripNavigationManager _browser = new();
    private int _calls;

    public ListRoundTripTests()
    {
        Services.AddSingleton<NavigationManager>(_browser);
        UseGateway(_gateway);
        var all = StubGateway.NumberedDevices(60);
        _gateway.Devices = (query, _) =>
        {
            Interlocked.Increment(ref _calls);
            var rows = query.Filters?.ContainsKey(ListFilters.DeviceState) == true ? all[..14] : all;
            return Task.FromResult(StubGateway.Answer(query, rows));
        };
    }

    private static string Pager(IRenderedComponent<DeviceGrid> grid) =>
        grid.FindAll(".mud-table-pagination-caption")[^1].TextContent.Trim();

    private static Dictionary<string, string> QueryOf(string href) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), href).Query)
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    [Fact]
    public void A_row_opened_after_a_filter_keeps_the_filter_and_sort_and_so_does_closing_it()
    {
        OpenAt($"/w/{StubGateway.Workspace}/devices?sort=hostname&desc=true");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.Equal("1-25 of 60", Pager(grid)));
        _browser.Held = true;

        var select = grid.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "State");
        grid.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("unprotected"));
        grid.WaitForAssertion(() => Assert.Equal("1-14 of 14", Pager(grid)));

        var open = QueryOf(grid.Find("tbody a[data-item]").GetAttribute("href")!);
        Assert.Equal("unprotected", open.GetValueOrDefault("state"));
        Assert.Equal(("hostname", "true"), (open.GetValueOrDefault("sort"), open.GetValueOrDefault("desc")));
        Assert.True(open.ContainsKey("item"));

        // The browser catches up, then the person follows the link.
        grid.InvokeAsync(_browser.Arrive);
        _browser.Held = false;
        var link = grid.Find("tbody a[data-item]").GetAttribute("href")!;
        grid.InvokeAsync(() => Navigation.NavigateTo(link));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("[data-testid=close-detail]")));
        Assert.Equal("unprotected", UrlQuery().GetValueOrDefault("state"));
        Assert.Equal("1-14 of 14", Pager(grid));

        var close = QueryOf(grid.Find("[data-testid=close-detail]").GetAttribute("href")!);
        Assert.Equal("unprotected", close.GetValueOrDefault("state"));
        Assert.False(close.ContainsKey("item"));
        Assert.Equal(2, _calls);
    }

    [Fact]
    public async Task Two_quick_page_changes_confirmed_late_stay_on_the_last_page()
    {
        OpenAt($"/w/{StubGateway.Workspace}/devices?size=10");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.Equal("1-10 of 60", Pager(grid)));
        _browser.Held = true;
        var pager = grid.FindComponent<MudDataGrid<WorkspaceItem<Device>>>().Instance;

        await grid.InvokeAsync(() => pager.NavigateTo(Page.Next));
        grid.WaitForAssertion(() => Assert.Equal("11-20 of 60", Pager(grid)));
        await grid.InvokeAsync(() => pager.NavigateTo(Page.Next));
        grid.WaitForAssertion(() => Assert.Equal("21-30 of 60", Pager(grid)));
        await grid.InvokeAsync(() => pager.NavigateTo(Page.Previous));
        grid.WaitForAssertion(() => Assert.Equal("11-20 of 60", Pager(grid)));
        Assert.Equal(3, _browser.Pending);

        await grid.InvokeAsync(_browser.Arrive);

        Assert.Equal("11-20 of 60", Pager(grid));
        Assert.Equal("2", UrlQuery()["page"]);
        Assert.Equal(4, _calls);
    }
}
