using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Devices;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Devices;

/// <summary>
/// The pager against exact list sizes: the last row is reachable, no empty page, no page -1.
/// </summary>
public sealed class DevicePagingTests : ListContext
{
    private readonly StubGateway _gateway = new();
    private readonly List<ListQuery> _queries = [];

    public DevicePagingTests() => UseGateway(_gateway);

    private void Serve(Func<ListQuery, IReadOnlyList<Device>> rows) =>
        _gateway.Devices = (query, _) =>
        {
            lock (_queries)
                _queries.Add(query);
            return Task.FromResult(StubGateway.Answer(query, rows(query)));
        };

    private IRenderedComponent<DeviceGrid> Open(string query = "")
    {
        OpenAt($"/w/{StubGateway.Workspace}/devices{query}");
        var grid = RenderList<DeviceGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.NotEmpty(_queries));
        return grid;
    }

    private static string Pager(IRenderedComponent<DeviceGrid> grid) =>
        grid.FindAll(".mud-table-pagination-caption")[^1].TextContent.Trim();

    private static bool Disabled(IRenderedComponent<DeviceGrid> grid, string label) =>
        grid.Find($"button[aria-label='{label}']").HasAttribute("disabled");

    private static string[] Rows(IRenderedComponent<DeviceGrid> grid) =>
        [.. grid.FindAll("tbody a[data-item]").Select(link => link.GetAttribute("data-item")!)];

    private static Task Go(IRenderedComponent<DeviceGrid> grid, Page page) =>
        grid.InvokeAsync(() =>
            grid.FindComponent<MudDataGrid<WorkspaceItem<Device>>>().Instance.NavigateTo(page));

    [Fact]
    public async Task The_last_of_501_devices_is_on_the_last_page()
    {
        var devices = StubGateway.NumberedDevices(501);
        Serve(_ => devices);
        var grid = Open("?size=100");

        grid.WaitForAssertion(() => Assert.Equal("1-100 of 501", Pager(grid)));
        await Go(grid, Page.Last);

        grid.WaitForAssertion(() =>
        {
            Assert.Equal(["dev-0501"], Rows(grid));
            Assert.Equal("501-501 of 501", Pager(grid));
        });
        Assert.True(Disabled(grid, "Next page"));
        Assert.Equal([0, 5], _queries.Select(q => q.Page));
        Assert.Equal("6", UrlQuery()["page"]);
    }

    [Fact]
    public async Task Exactly_500_devices_make_five_pages_of_100_and_no_empty_sixth()
    {
        var devices = StubGateway.NumberedDevices(500);
        Serve(_ => devices);
        var grid = Open("?size=100");

        await Go(grid, Page.Last);

        grid.WaitForAssertion(() =>
        {
            Assert.Equal("401-500 of 500", Pager(grid));
            Assert.Equal("dev-0500", Rows(grid)[^1]);
        });
        Assert.True(Disabled(grid, "Next page"));
        Assert.Equal(4, _queries[^1].Page);
    }

    [Fact]
    public void One_device_shows_on_the_only_page()
    {
        Serve(_ => StubGateway.NumberedDevices(1));
        var grid = Open();

        grid.WaitForAssertion(() =>
        {
            Assert.Equal(["dev-0001"], Rows(grid));
            Assert.Equal("1-1 of 1", Pager(grid));
        });
        Assert.True(Disabled(grid, "Next page"));
        Assert.True(Disabled(grid, "Previous page"));
    }

    [Fact]
    public void No_devices_show_the_empty_state_and_a_pager_at_zero()
    {
        Serve(_ => []);
        var grid = Open();

        grid.WaitForAssertion(() =>
        {
            Assert.Contains("There are no devices here yet", grid.Find("[data-testid=empty]").TextContent);
            Assert.Equal("0-0 of 0", Pager(grid));
        });
        Assert.True(Disabled(grid, "Next page"));
        Assert.True(Disabled(grid, "Previous page"));
        Assert.Equal(0, Assert.Single(_queries).Page);
    }

    [Fact]
    public void A_search_on_page_five_goes_to_the_first_page_and_an_empty_result_reads_zero_of_zero()
    {
        var all = StubGateway.NumberedDevices(100);
        Serve(query => query.Search switch
        {
            null => all,
            "few" => all[..35],
            _ => [],
        });
        var grid = Open("?page=5&size=10");
        grid.WaitForAssertion(() => Assert.Equal("41-50 of 100", Pager(grid)));

        grid.Find("input[data-testid=search]").Input("few");
        grid.WaitForAssertion(() =>
        {
            Assert.Equal("1-10 of 35", Pager(grid));
            Assert.Equal(["dev-0001", "dev-0002"], Rows(grid)[..2]);
        });

        grid.Find("input[data-testid=search]").Input("none");
        grid.WaitForAssertion(() =>
        {
            Assert.Equal("0-0 of 0", Pager(grid));
            Assert.Contains("No devices match", grid.Find("[data-testid=empty]").TextContent);
        });

        Assert.True(Disabled(grid, "Next page"));
        Assert.True(Disabled(grid, "Previous page"));
        Assert.Equal([(4, null), (0, "few"), (0, "none")], _queries.Select(q => (q.Page, q.Search)));
        Assert.False(UrlQuery().ContainsKey("page"));
    }

    [Fact]
    public void A_link_past_the_end_shows_the_last_page_instead_of_an_empty_one()
    {
        var devices = StubGateway.NumberedDevices(30);
        Serve(_ => devices);
        var grid = Open("?page=9&size=10");

        grid.WaitForAssertion(() => Assert.Equal("21-30 of 30", Pager(grid)));
        Assert.Equal([8, 2], _queries.Select(q => q.Page));
        Assert.Equal("3", UrlQuery()["page"]);
    }
}
