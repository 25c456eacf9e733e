using System.Net;
using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Client;

/// <summary>
/// Calls every operation of <see cref="ICoroApi"/> once against a tiny simulator, in an order where
/// each write can be checked by a read, and asserts what each answer should hold.
/// </summary>
public static class ClientScenario
{
    private const string Alpha = Simulators.Alpha;

    public static async Task RunAsync(RunningSimulator simulator, CoroClients clients)
    {
        var api = clients.Api;
        var token = await clients.TokenAsync(simulator.RootCredential());
        Assert.False(string.IsNullOrEmpty(token));

        await WorkspacesAsync(api, token);
        await TicketsAsync(api, token);
        await SummariesAsync(api, token, simulator);
        await DevicesAsync(api, token);
        await UsersAsync(api, token);
        await PortalUsersAsync(api, token);
        await SubscriptionsAsync(api, token);
        await WebhooksAsync(api, token);
    }

    private static async Task WorkspacesAsync(ICoroApi api, string token)
    {
        var tree = await api.GetWorkspacesAsync(Simulators.Root, token);
        Assert.Equal(3, tree.TotalElements);
        Assert.Equal([Alpha, Simulators.Bravo], tree.Items.Single(w => w.Id == Simulators.Root).Children);

        var below = await api.SearchWorkspacesAsync(Simulators.Root, token, 0, 10);
        Assert.Equal([Alpha, Simulators.Bravo], below.Items.Select(w => w.Id).Order());

        var created = await api.CreateWorkspaceAsync(Simulators.Root, token, new WorkspaceCreateRequest
        {
            CompanyName = "Charlie Realty",
            DisplayName = "Charlie Realty",
            Type = WorkspaceType.Child,
            Domain = "charlie-realty.example.com",
            AdminEmail = "owner@charlie-realty.example.com",
        });
        Assert.StartsWith("charlierealtyexamplecom_", created.Id);
        Assert.Equal(Simulators.Root, created.ParentWorkspaceId);

        await api.ArchiveWorkspaceAsync(created.Id, token);
        var after = await api.GetWorkspacesAsync(Simulators.Root, token);
        Assert.Equal(WorkspaceStatus.Archived, after.Items.Single(w => w.Id == created.Id).Status?.Known);
    }

    private static async Task TicketsAsync(ICoroApi api, string token)
    {
        var open = await api.SearchTicketsAsync(Alpha, token, 0, 10, processed: false);
        Assert.NotEmpty(open.Items);
        Assert.All(open.Items, t => Assert.False(t.Processed));
        Assert.True(open.Items.Zip(open.Items.Skip(1)).All(p => p.First.CreationTime >= p.Second.CreationTime));

        var ticket = await api.GetTicketAsync(Alpha, token, open.Items[0].Id);
        Assert.Equal(open.Items[0].Id, ticket.Id);

        var actions = await api.GetTicketActionsAsync(Alpha, token, ticket.Id);
        Assert.Contains(actions, a => a.Name.Known == EventActionName.MarkAsProcessed);

        var status = await api.PerformTicketActionAsync(Alpha, token, ticket.Id,
            new TicketActionRequest { EventAction = new EventAction { Name = EventActionName.MarkAsProcessed } });
        Assert.NotNull(status.TicketActionsStatus);
        Assert.True((await api.GetTicketAsync(Alpha, token, ticket.Id)).Processed);
    }

    private static async Task SummariesAsync(ICoroApi api, string token, RunningSimulator simulator)
    {
        TicketSummary[] summaries =
        [
            await api.GetEmailsSummaryAsync(Alpha, token),
            await api.GetCloudAppsSummaryAsync(Alpha, token),
            await api.GetUsersSummaryAsync(Alpha, token),
            await api.GetDevicesSummaryAsync(Alpha, token),
            await api.GetDataSummaryAsync(Alpha, token),
        ];
        Assert.Equal(["emails", "cloud-apps", "users", "devices", "data"], summaries.Select(s => s.Component));
        var openInAlpha = simulator.Dataset.Find(Alpha)!.Tickets.Count(t => !t.Processed);
        Assert.Equal(openInAlpha, summaries.Sum(s => s.OpenTickets));
        Assert.NotNull(summaries[2].ProtectedCount);
    }

    private static async Task DevicesAsync(ICoroApi api, string token)
    {
        var devices = await api.GetDevicesAsync(Alpha, token, 0, 10);
        Assert.Equal(["dev-0001", "dev-0002", "dev-0003", "dev-0004", "dev-0005"], devices.Items.Select(d => d.EnrollmentCode));

        var desktop = devices.Items.First(d => d.OsType.Known is OsType.Windows or OsType.MacOs or OsType.Linux);
        var actions = await api.GetDeviceActionsAsync(Alpha, token, desktop.EnrollmentCode);
        Assert.Contains(actions, a => a.Action.Known == SupportedDeviceAction.TamperProtection);

        await api.PerformDeviceActionAsync(Alpha, token, desktop.EnrollmentCode, new DeviceActionRequest
        {
            Action = SupportedDeviceAction.TamperProtection,
            Value = DeviceActionValue.Disable,
        });
        var changed = await api.GetDevicesAsync(Alpha, token, 0, 10);
        Assert.False(changed.Items.Single(d => d.EnrollmentCode == desktop.EnrollmentCode).TamperProtection);

        var license = await api.LicenseDeviceAsync(Alpha, token, desktop.EnrollmentCode);
        Assert.True(license.GetProperty("licensed").GetBoolean());
        await api.UnlicenseDeviceAsync(Alpha, token, desktop.EnrollmentCode);

        var agents = await api.GetLatestAgentVersionsAsync(Alpha, token);
        Assert.Contains(agents, a => a.GetProperty("osType").GetString() == "WINDOWS");
    }

    private static async Task UsersAsync(ICoroApi api, string token)
    {
        var users = await api.SearchUsersAsync(Alpha, token, 0, 10);
        Assert.Equal(6, users.TotalElements);
        var first = await api.GetUserAsync(Alpha, token, users.Items[0].Id);
        Assert.Equal(users.Items[0].Email, first.Email);

        var added = await api.AddUsersAsync(Alpha, token, new AddUsersRequest
        {
            Users = [new UserRequest { Email = "new.hire@alpha-dental.example.com", Name = "New Hire" }],
        });
        var hire = Assert.Single(added.Users);
        Assert.True(hire.IsProtected);

        var updated = await api.UpdateUserAsync(Alpha, token,
            new UpdateUserRequest { Email = "new.hire@alpha-dental.example.com", ProtectedUser = false });
        Assert.False(updated.IsProtected);

        await api.DeleteUserAsync(Alpha, token, hire.Id);
        var gone = await Assert.ThrowsAsync<CoroApiException>(() => api.GetUserAsync(Alpha, token, hire.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    private static async Task PortalUsersAsync(ICoroApi api, string token)
    {
        var admins = await api.GetPortalUsersAsync(Alpha, token, 0, 10);
        Assert.NotEmpty(admins.Items);

        var request = new PortalUserCreateRequest
        {
            Email = "helpdesk@alpha-dental.example.com", FirstName = "Help", LastName = "Desk", Role = "Viewer",
        };
        var added = await api.AddPortalUserAsync(Alpha, token, request);
        Assert.Equal(PortalUserStatus.Invited, added.Status?.Known);
        Assert.Equal("Viewer", (await api.GetPortalUserAsync(Alpha, token, added.Id)).Role);

        var promoted = await api.UpdatePortalUserAsync(Alpha, token, added.Id, request with { Role = "Administrator" });
        Assert.Equal("Administrator", promoted.Role);

        await api.DeletePortalUserAsync(Alpha, token, added.Id);
        var left = await api.GetPortalUsersAsync(Alpha, token, 0, 10);
        Assert.DoesNotContain(left.Items, u => u.Id == added.Id);
    }

    private static async Task SubscriptionsAsync(ICoroApi api, string token)
    {
        var subscription = await api.GetSubscriptionAsync(Alpha, token);
        Assert.NotEmpty(subscription.Bundles);

        await api.UpdateSubscriptionAsync(Alpha, token,
            new SubscriptionUpdateRequest { Bundles = [SubscriptionBundle.EmailProtection] });
        var changed = await api.GetSubscriptionAsync(Alpha, token);
        Assert.Equal(SubscriptionBundle.EmailProtection, Assert.Single(changed.Bundles).Known);

        var info = await api.GetBundleInfoAsync(null, token, new BundleInfoRequest { Bundles = [BundleCode.CoroEssentials] });
        Assert.Equal(["coroEssentials"], info.Bundles);
        Assert.True(info.Modules["emailSecurity"].GetBoolean());

        await api.StopSubscriptionAsync(Alpha, token);
        await api.StartSubscriptionAsync(Alpha, token);

        var usage = await api.GetUsageAsync(Simulators.Root, token, 0, 10);
        Assert.Contains(usage.Items, u => u.WorkspaceId == Alpha && u.ProtectedDevices == 5);

        var logs = await api.SearchAuditLogsAsync(Alpha, token, 0, 10);
        Assert.True(logs.TotalElements > 0);
        Assert.True(logs.Items.Zip(logs.Items.Skip(1)).All(p => p.First.Time >= p.Second.Time));
    }

    private static async Task WebhooksAsync(ICoroApi api, string token)
    {
        var before = await api.GetWebhookConfigurationsAsync(Alpha, token);
        var request = new WebhookConfigurationRequest
        {
            Name = "PSA", Url = "https://psa.example-msp.test/hooks/coro", Secret = "hook-secret",
            Triggers = [WebhookTrigger.ProtectedDevicesAdded],
        };
        var created = await api.CreateWebhookConfigurationAsync(Alpha, token, request);
        Assert.Equal(Alpha, created.WorkspaceId);
        Assert.Equal("PSA", (await api.GetWebhookConfigurationAsync(Alpha, token, created.Id)).Name);

        var renamed = await api.UpdateWebhookConfigurationAsync(Alpha, token, created.Id, request with { Name = "PSA sync" });
        Assert.Equal("PSA sync", renamed.Name);
        await api.TestWebhookConfigurationAsync(Alpha, token, created.Id);

        await api.DeleteWebhookConfigurationAsync(Alpha, token, created.Id);
        Assert.Equal(before.Count, (await api.GetWebhookConfigurationsAsync(Alpha, token)).Count);
    }
}
