using System.Globalization;
using System.Security.Claims;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Web.Tests.Hosting;
using Xunit.Abstractions;

namespace CoroDashboard.Web.Tests.Access;

/// <summary>
/// Every call of the app's real gateway, made as every kind of caller for each workspace of the
/// tiny channel (ws-root with the customers ws-alpha and ws-bravo), with scopes resolved by the
/// app's own resolver from the seeded assignments. A cell is the answer's status; list cells add
/// the workspaces the rows came from, so a list can never carry another customer's rows unseen.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GatewayAccessTests(DashboardFactory app, ITestOutputHelper output)
{
    private static readonly string[] Workspaces = ["ws-root", "ws-alpha", "ws-bravo"];

    private const string Expected = """
        msp-admin msp-technician customer-admin embedded no-assignment anonymous
        scope read-write read-write read-only read-only none none
        hierarchy Ok[root,alpha,bravo] Ok[alpha,bravo] Ok[bravo] Ok[bravo] Forbidden Forbidden
        global-overview Ok[2] Ok[2] Ok[1] Ok[1] Forbidden Forbidden
        counts[all] Ok,Ok,Ok -,Ok,Ok -,-,Ok -,-,Ok -,-,- -,-,-
        overview@root Ok Forbidden Forbidden Forbidden Forbidden Forbidden
        overview@alpha Ok Ok Forbidden Forbidden Forbidden Forbidden
        overview@bravo Ok Ok Ok Ok Forbidden Forbidden
        devices@root Ok[] Forbidden Forbidden Forbidden Forbidden Forbidden
        devices@alpha Ok[alpha] Ok[alpha] Forbidden Forbidden Forbidden Forbidden
        devices@bravo Ok[bravo] Ok[bravo] Ok[bravo] Ok[bravo] Forbidden Forbidden
        devices+below@root Ok[alpha,bravo] Forbidden Forbidden Forbidden Forbidden Forbidden
        devices+below@alpha Ok[alpha] Ok[alpha] Forbidden Forbidden Forbidden Forbidden
        devices+below@bravo Ok[bravo] Ok[bravo] Ok[bravo] Ok[bravo] Forbidden Forbidden
        users@root Ok[root] Forbidden Forbidden Forbidden Forbidden Forbidden
        users@alpha Ok[alpha] Ok[alpha] Forbidden Forbidden Forbidden Forbidden
        users@bravo Ok[bravo] Ok[bravo] Ok[bravo] Ok[bravo] Forbidden Forbidden
        tickets@root Ok[] Forbidden Forbidden Forbidden Forbidden Forbidden
        tickets@alpha Ok[alpha] Ok[alpha] Forbidden Forbidden Forbidden Forbidden
        tickets@bravo Ok[bravo] Ok[bravo] Ok[bravo] Ok[bravo] Forbidden Forbidden
        device@alpha Ok Ok Forbidden Forbidden Forbidden Forbidden
        device@bravo Ok Ok Ok Ok Forbidden Forbidden
        user@root Ok Forbidden Forbidden Forbidden Forbidden Forbidden
        user@alpha Ok Ok Forbidden Forbidden Forbidden Forbidden
        user@bravo Ok Ok Ok Ok Forbidden Forbidden
        ticket@alpha Ok Ok Forbidden Forbidden Forbidden Forbidden
        ticket@bravo Ok Ok Ok Ok Forbidden Forbidden
        invalidate@root Ok Forbidden Forbidden Forbidden Forbidden Forbidden
        invalidate@alpha Ok Ok Forbidden Forbidden Forbidden Forbidden
        invalidate@bravo Ok Ok Ok Ok Forbidden Forbidden
        """;

    [Fact]
    public async Task Each_caller_gets_each_gateway_answer_or_is_refused()
    {
        var items = await ItemsAsync();
        var table = new AccessTable(TestPersona.All.Select(p => p.Key).ToArray());
        var rows = new List<(string Name, Func<ICoroGateway, ClaimsPrincipal, Task<string>> Call)>
        {
            ("scope", async (g, u) => Scope(await g.GetScopeAsync(u))),
            ("hierarchy", async (g, u) => Show(await g.GetHierarchyAsync(u),
                tree => Short(tree.Nodes.Keys))),
            ("global-overview", async (g, u) => Show(await g.GetGlobalOverviewAsync(u),
                overview => overview.Workspaces.ToString(CultureInfo.InvariantCulture))),
            ("counts[all]", CountsAsync),
        };
        foreach (var workspace in Workspaces)
        {
            var w = workspace;
            rows.Add(($"overview@{Short(w)}", async (g, u) => Show(await g.GetOverviewAsync(u, w))));
            rows.Add(($"devices@{Short(w)}", async (g, u) =>
                Rows(await g.GetDevicesAsync(u, new ListQuery(w)))));
            rows.Add(($"devices+below@{Short(w)}", async (g, u) =>
                Rows(await g.GetDevicesAsync(u, new ListQuery(w, IncludeDescendants: true)))));
            rows.Add(($"users@{Short(w)}", async (g, u) =>
                Rows(await g.GetUsersAsync(u, new ListQuery(w)))));
            rows.Add(($"tickets@{Short(w)}", async (g, u) =>
                Rows(await g.GetTicketsAsync(u, new ListQuery(w)))));
            if (items.Devices.GetValueOrDefault(w) is { } device)
                rows.Add(($"device@{Short(w)}", async (g, u) => Show(await g.GetDeviceAsync(u, w, device))));
            if (items.Users.GetValueOrDefault(w) is { } person)
                rows.Add(($"user@{Short(w)}", async (g, u) => Show(await g.GetUserAsync(u, w, person))));
            if (items.Tickets.GetValueOrDefault(w) is { } ticket)
                rows.Add(($"ticket@{Short(w)}", async (g, u) => Show(await g.GetTicketAsync(u, w, ticket))));
            rows.Add(($"invalidate@{Short(w)}", async (g, u) => (await g.InvalidateAsync(u, w)).ToString()));
        }

        foreach (var (name, call) in rows.OrderBy(r => Order(r.Name)))
        {
            var cells = new List<string>();
            foreach (var persona in TestPersona.All)
                cells.Add(await app.WithGatewayAsync(gateway => call(gateway, persona.CreatePrincipal())));
            table.Add(name, [.. cells]);
        }
        output.WriteLine(table.ToString());

        Assert.Equal(AccessTable.Normalize(Expected), AccessTable.Normalize(table.ToString()));
    }

    private static async Task<string> CountsAsync(ICoroGateway gateway, ClaimsPrincipal user)
    {
        var parts = new Dictionary<string, FetchStatus>();
        await foreach (var part in gateway.StreamCountsAsync(user, Workspaces))
            parts[part.WorkspaceId] = part.Status;
        // "-" for Forbidden keeps the printed matrix narrow.
        return string.Join(',', Workspaces.Select(w => parts.TryGetValue(w, out var s)
            ? s == FetchStatus.Forbidden ? "-" : s.ToString()
            : "missing"));
    }

    // One device, protected user and ticket of each workspace, as the MSP admin finds them.
    private async Task<(Dictionary<string, string> Devices, Dictionary<string, string> Users,
        Dictionary<string, string> Tickets)> ItemsAsync()
    {
        var admin = TestPersona.MspAdmin.CreatePrincipal();
        var devices = new Dictionary<string, string>();
        var users = new Dictionary<string, string>();
        var tickets = new Dictionary<string, string>();
        await app.WithGatewayAsync(async gateway =>
        {
            foreach (var w in Workspaces)
            {
                if ((await gateway.GetDevicesAsync(admin, new ListQuery(w))).Value?.Items is [var d, ..])
                    devices[w] = d.Item.EnrollmentCode!;
                if ((await gateway.GetUsersAsync(admin, new ListQuery(w))).Value?.Items is [var u, ..])
                    users[w] = u.Item.Id;
                if ((await gateway.GetTicketsAsync(admin, new ListQuery(w))).Value?.Items is [var t, ..])
                    tickets[w] = t.Item.Id;
            }
            return 0;
        });
        return (devices, users, tickets);
    }

    private static int Order(string row) => row.Split('@')[0] switch
    {
        "scope" => 0, "hierarchy" => 1, "global-overview" => 2, "counts[all]" => 3, "overview" => 4,
        "devices" => 5, "devices+below" => 6, "users" => 7, "tickets" => 8, "device" => 9, "user" => 10,
        "ticket" => 11, _ => 12,
    } * 10 + Array.IndexOf(["root", "alpha", "bravo"], row.Split('@').ElementAtOrDefault(1));

    private static string Scope(Gateway.Access.AccessScope scope) =>
        scope.IsEmpty ? "none" : scope.ReadOnly ? "read-only" : "read-write";

    private static string Show<T>(Fetched<T> fetched, Func<T, string>? detail = null) =>
        fetched.Value is { } value && detail is not null
            ? $"{fetched.Status}[{detail(value)}]"
            : fetched.Status.ToString();

    private static string Rows<T>(Fetched<ListPage<WorkspaceItem<T>>> fetched) =>
        Show(fetched, page => Short(page.Items.Select(item => item.WorkspaceId)));

    private static string Short(IEnumerable<string> workspaceIds) =>
        string.Join(',', workspaceIds.Distinct().OrderBy(id => Array.IndexOf(Workspaces, id)).Select(Short));

    private static string Short(string workspaceId) =>
        workspaceId.Replace("ws-", "", StringComparison.Ordinal);
}
