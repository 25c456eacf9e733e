using Bunit;
using Bunit.TestDoubles;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Devices;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using Microsoft.AspNetCore.WebUtilities;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Lists;

/// <summary>
/// A list's state survives opening a detail, and each action is a history entry Back can undo.
/// </summary>
public sealed class ListHistoryTests : ListContext
{
    private readonly StubGateway _gateway = new();
    private readonly List<ListQuery> _queries = [];

    public ListHistoryTests()
    {
        UseGateway(_gateway);
        var all = StubGateway.NumberedDevices(60);
        _gateway.Devices = (query, _) =>
        {
            lock (_queries)
                _queries.Add(query);
            var rows = query.Filters?.ContainsKey(ListFilters.DeviceState) == true ? all[..14] : all;
            return Task.FromResult(StubGateway.Answer(query, rows));
        };
    }

    private IRenderedComponent<DeviceGrid> Open(string query)
    {
        OpenAt($"/w/{StubGateway.Workspace}/devices{query}");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.True(Calls > 0));
        return grid;
    }

    private int Calls
    {
        get
        {
            lock (_queries)
                return _queries.Count;
        }
    }

    private IReadOnlyCollection<NavigationHistory> History =>
        ((BunitNavigationManager)Navigation).History;

    private static string Pager(IRenderedComponent<DeviceGrid> grid) =>
        grid.FindAll(".mud-table-pagination-caption")[^1].TextContent.Trim();

    private static Dictionary<string, string> QueryOf(string href) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), href).Query)
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    [Fact]
    public async Task A_page_change_is_a_new_history_entry_and_going_back_costs_one_call()
    {
        var grid = Open("?size=10");
        grid.WaitForAssertion(() => Assert.Equal("1-10 of 60", Pager(grid)));
        var first = Navigation.Uri;
        var entries = History.Count;

        await grid.InvokeAsync(() =>
            grid.FindComponent<MudDataGrid<WorkspaceItem<Device>>>().Instance.NavigateTo(Page.Next));
        grid.WaitForAssertion(() => Assert.Equal("11-20 of 60", Pager(grid)));

        Assert.Equal(entries + 1, History.Count);
        var newest = History.First();
        Assert.False(newest.Options.ReplaceHistoryEntry);
        Assert.Equal("2", QueryOf(newest.Uri)["page"]);
        Assert.Equal(2, Calls);

        // Back: the browser returns to the first page's URL.
        Navigation.NavigateTo(first);
        grid.WaitForAssertion(() => Assert.Equal("1-10 of 60", Pager(grid)));
        Assert.Equal(3, Calls);
        Assert.Equal((0, 10), (_queries[2].Page, _queries[2].PageSize));
    }

    [Fact]
    public void Tidying_the_url_the_list_was_opened_at_replaces_its_entry()
    {
        var grid = Open("?page=9&size=10&desc=false");
        grid.WaitForAssertion(() => Assert.Equal("51-60 of 60", Pager(grid)));

        var newest = History.First();
        Assert.True(newest.Options.ReplaceHistoryEntry);
        Assert.Equal("6", QueryOf(newest.Uri)["page"]);
        Assert.Equal(2, Calls);
    }
}
