using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;

namespace CoroDashboard.Gateway.Tests.Lists;

public sealed class ListPageTests
{
    [Fact]
    public async Task Sorting_by_hostname_puts_devices_without_one_last_in_both_directions()
    {
        await using var harness = GatewayHarness.Create();

        var up = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, PageSize: 12, SortBy: "hostname"));
        var down = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, PageSize: 12, SortBy: "hostname",
                SortDescending: true));

        var upNames = up.Value!.Items.Select(item => item.Item.Hostname).ToArray();
        var downNames = down.Value!.Items.Select(item => item.Item.Hostname).ToArray();
        Assert.Equal(upNames.Where(name => name is not null).Order(StringComparer.OrdinalIgnoreCase),
            upNames[..9]);
        Assert.Equal(upNames[..9].Reverse(), downNames[..9]);
        Assert.All(upNames[9..], Assert.Null);
        Assert.All(downNames[9..], Assert.Null);
    }

    [Fact]
    public async Task Sorting_by_text_ignores_case_in_both_directions()
    {
        await using var harness = GatewayHarness.Create(seed: coro =>
        {
            Dataset.Small(coro);
            var alpha = coro.Workspaces[Dataset.Alpha];
            alpha.Devices.Clear();
            foreach (var name in new[] { "beta-01", "Gamma-01", "alpha-02", "ALPHA-01", "Beta-02" })
                alpha.Devices.Add(new Device { EnrollmentCode = $"dev-{name}", Hostname = name });
        });

        var up = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, SortBy: "hostname"));
        var down = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, SortBy: "hostname", SortDescending: true));

        string[] expected = ["ALPHA-01", "alpha-02", "beta-01", "Beta-02", "Gamma-01"];
        Assert.Equal(expected, up.Value!.Items.Select(item => item.Item.Hostname));
        Assert.Equal(expected.Reverse(), down.Value!.Items.Select(item => item.Item.Hostname));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_page_of_a_sorted_list_follows_one_order(bool descending)
    {
        var names = Enumerable.Range(0, 200).Select(i => i % 7 == 0 ? null : $"H-{i * 37 % 50:D2}").ToArray();
        await using var harness = GatewayHarness.Create(seed: coro =>
        {
            Dataset.Small(coro);
            var alpha = coro.Workspaces[Dataset.Alpha];
            alpha.Devices.Clear();
            alpha.Devices.AddRange(names.Select((name, i) =>
                new Device { EnrollmentCode = $"dev-{i:D3}", Hostname = name }));
        });

        var pages = new List<string>();
        for (var page = 0; page < 20; page++)
        {
            var answer = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(
                Dataset.Alpha, Page: page, PageSize: 10, SortBy: "hostname", SortDescending: descending));
            pages.AddRange(answer.Value!.Items.Select(item => item.Item.EnrollmentCode));
        }

        var named = names.Select((name, i) => (Name: name, Code: $"dev-{i:D3}"))
            .OrderBy(row => row.Name is null);
        var expected = descending
            ? named.ThenByDescending(row => row.Name, StringComparer.OrdinalIgnoreCase)
            : named.ThenBy(row => row.Name, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected.Select(row => row.Code), pages);
    }

    [Fact]
    public async Task Sorting_by_app_version_reads_versions_as_numbers()
    {
        await using var harness = GatewayHarness.Create(seed: coro =>
        {
            Dataset.Small(coro);
            var alpha = coro.Workspaces[Dataset.Alpha];
            alpha.Devices.Clear();
            foreach (var version in new[] { "3.10.0", "3.9.2", null, "3.9.10" })
                alpha.Devices.Add(new Device { EnrollmentCode = $"dev-{version}", AppVersion = version });
        });

        var page = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Alpha, SortBy: "appVersion"));

        Assert.Equal(["3.9.2", "3.9.10", "3.10.0", null], page.Value!.Items.Select(item =>
            item.Item.AppVersion));
    }

    [Fact]
    public async Task Search_looks_at_every_row_without_regard_to_case()
    {
        await using var harness = GatewayHarness.Create();

        var page = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Channel, IncludeDescendants: true, Search: "HOST-WS-BRAVO"));

        Assert.Equal(4, page.Value!.TotalCount);
        Assert.All(page.Value.Items, item => Assert.Equal(Dataset.Bravo, item.WorkspaceId));
    }

    [Fact]
    public async Task Filters_narrow_the_rows_and_the_total()
    {
        await using var harness = GatewayHarness.Create();
        var filters = new Dictionary<string, string> { [ListFilters.Os] = "WINDOWS",
            [ListFilters.DeviceState] = "unprotected" };

        var page = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
            Filters: filters));
        var outdated = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(
            Dataset.Alpha, Filters: new Dictionary<string,
                string> { [ListFilters.DeviceState] = "outdated" }));

        Assert.All(page.Value!.Items, item => Assert.Equal("WINDOWS", item.Item.OsType.Value));
        Assert.All(page.Value.Items, item => Assert.False(item.Item.ProtectionEnabled));
        Assert.Equal(2, page.Value.TotalCount);
        Assert.Equal(2, outdated.Value!.TotalCount);
    }

    [Fact]
    public async Task Every_row_of_a_long_list_arrives_and_the_last_page_holds_the_last_one()
    {
        await using var harness = GatewayHarness.Create(seed: coro =>
        {
            Dataset.Small(coro);
            coro.Workspaces[Dataset.Alpha].Devices.Clear();
            Dataset.Devices(coro.Workspaces[Dataset.Alpha], 501, "3.2.0");
        });

        var last = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
            Page: 20, PageSize: 25));

        Assert.Equal(501, last.Value!.TotalCount);
        Assert.Equal("ws-alpha-dev-0500", Assert.Single(last.Value.Items).Item.EnrollmentCode);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task A_view_over_many_workspaces_accounts_for_each_one()
    {
        await using var harness = GatewayHarness.Create();
        harness.Coro.Failing.Add(Dataset.Bravo);
        harness.Coro.Refusing.Add(Dataset.Charlie);

        var page = await harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(Dataset.Channel, IncludeDescendants: true, PageSize: 50));

        var parts = page.Value!.Parts.ToDictionary(part => part.WorkspaceId);
        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(FetchStatus.Failed, parts[Dataset.Bravo].Status);
        Assert.Equal("t-500-ws-bravo", parts[Dataset.Bravo].Error!.TraceId);
        Assert.Equal(FetchStatus.NotConnected, parts[Dataset.Charlie].Status);
        Assert.Equal(12, parts[Dataset.Alpha].Value);
        Assert.Equal(14, page.Value.TotalCount);
    }

    [Fact]
    public async Task A_workspace_no_credential_covers_is_not_connected()
    {
        var charlieOnly = new CoroCredential
        {
            Name = "charlie", ClientId = "charlie-client", ClientSecret = "s", WorkspaceId = Dataset.Charlie,
        };
        await using var harness = GatewayHarness.Create(
            seed: coro =>
            {
                Dataset.Small(coro);
                coro.AddClient("charlie-client", "s", Dataset.Charlie);
            },
            credentials: [Dataset.ChannelCredential with { WorkspaceId = Dataset.Channel }, charlieOnly]);

        var charlie = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Charlie));

        Assert.Equal(FetchStatus.Ok, charlie.Status);
        Assert.Equal("charlie-client", harness.Coro.Calls.Single(call =>
            call.Workspace == Dataset.Charlie).ClientId);
    }

    [Fact]
    public async Task Tickets_filter_by_state_and_find_one_by_id()
    {
        await using var harness = GatewayHarness.Create();

        var open = await harness.Gateway.GetTicketsAsync(harness.Admin, new ListQuery(
            Dataset.Alpha, Filters: new Dictionary<string, string> { [ListFilters.TicketState] = "open" }));
        var ticket = await harness.Gateway.GetTicketAsync(harness.Admin, Dataset.Alpha, "ws-alpha-t2");
        var device = await harness.Gateway.GetDeviceAsync(harness.Admin, Dataset.Alpha, "ws-alpha-dev-0003");

        Assert.Equal("ws-alpha-t1", Assert.Single(open.Value!.Items).Item.Id);
        Assert.True(ticket.Value!.Item.Processed);
        Assert.Equal(Dataset.Alpha, device.Value!.WorkspaceId);
    }
}
