using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests.Support;

/// <summary>Every operation of the Coro API description (43, the token call included).</summary>
public static class CoroOperations
{
    private const string Base = "https://coro.test";
    private const string Page = """{"items":[],"totalElements":0}""";
    private const string List = "[]";
    private const string Item = "{}";

    public static IEnumerable<object[]> Cases => All.Select(operation => new object[] { operation });

    public static IEnumerable<object[]> WorkspaceCases =>
        All.Where(operation => operation.NeedsWorkspace).Select(operation => new object[] { operation });

    public static readonly TokenRequest Token = new()
    {
        ClientId = "client-1",
        ClientSecret = "secret-1",
        Audience = CoroRegions.DefaultAudience,
    };

    public static readonly DeviceActionRequest DeviceAction = new()
    {
        Action = SupportedDeviceAction.DataGovernanceScan,
        Value = DeviceActionValue.StartFullScan,
    };

    public static readonly PortalUserCreateRequest PortalUser = new()
    {
        Email = "admin@alpha.test",
        Role = "viewer",
    };

    public static readonly BundleInfoRequest BundleInfo = new() { Bundles = [BundleCode.ManagedSase] };

    public static readonly TicketActionRequest TicketAction = new()
    {
        EventAction = new EventAction { Name = EventActionName.MarkAsProcessed },
    };

    public static readonly AddUsersRequest AddUsers = new()
    {
        Users = [new UserRequest { Email = "ann@alpha.test", Name = "Ann" }],
    };

    public static readonly UpdateUserRequest UpdateUser = new()
    {
        Email = "ann@alpha.test",
        ProtectedUser = true,
    };

    public static readonly WebhookConfigurationRequest Webhook = new()
    {
        Name = "psa",
        Url = "https://hooks.alpha.test/coro",
        Secret = "hook-secret",
        Triggers = [WebhookTrigger.WorkspaceCreated],
    };

    public static readonly WorkspaceCreateRequest CreateWorkspace = new()
    {
        CompanyName = "Alpha",
        DisplayName = "Alpha Ltd",
        Type = WorkspaceType.Child,
        Domain = "alpha.test",
        AdminEmail = "admin@alpha.test",
        NotificationsLevel = NotificationsLevel.LocalAdmins,
    };

    public static readonly IReadOnlyList<CoroOperation> All =
    [
        new("auth", "POST", $"{Base}/oauth/token", """{"access_token":"x","expires_in":86400}""",
            (api, _, _) => api.GetTokenAsync(Token),
            HasBody: true),

        new("searchAuditLogs", "GET", $"{Base}/v1/audit-logs/search?page=0&pageSize=50", Page,
            (api, ws, tok) => api.SearchAuditLogsAsync(ws, tok, 0, 50)),

        new("getDevices", "GET", $"{Base}/v1/devices?page=0&pageSize=50", Page,
            (api, ws, tok) => api.GetDevicesAsync(ws, tok, 0, 50)),
        new("getLatestAgentVersions", "GET", $"{Base}/v1/devices/latest-agent-versions", List,
            (api, ws, tok) => api.GetLatestAgentVersionsAsync(ws, tok)),
        new("getDeviceActions", "GET", $"{Base}/v1/devices/dev-0001/actions", List,
            (api, ws, tok) => api.GetDeviceActionsAsync(ws, tok, "dev-0001")),
        new("performDeviceAction", "POST", $"{Base}/v1/devices/dev-0001/actions", null,
            (api, ws, tok) => api.PerformDeviceActionAsync(ws, tok, "dev-0001", DeviceAction),
            HasBody: true),
        new("licenseDevice", "POST", $"{Base}/v1/devices/dev-0001/license", Item,
            (api, ws, tok) => api.LicenseDeviceAsync(ws, tok, "dev-0001")),
        new("unlicenseDevice", "DELETE", $"{Base}/v1/devices/dev-0001/license", null,
            (api, ws, tok) => api.UnlicenseDeviceAsync(ws, tok, "dev-0001")),

        new("getPortalUsers", "GET", $"{Base}/v1/portal-users?page=1&pageSize=10", Page,
            (api, ws, tok) => api.GetPortalUsersAsync(ws, tok, 1, 10)),
        new("addPortalUser", "POST", $"{Base}/v1/portal-users", Item,
            (api, ws, tok) => api.AddPortalUserAsync(ws, tok, PortalUser),
            HasBody: true),
        new("getPortalUser", "GET", $"{Base}/v1/portal-users/pu-1", Item,
            (api, ws, tok) => api.GetPortalUserAsync(ws, tok, "pu-1")),
        new("updatePortalUser", "PUT", $"{Base}/v1/portal-users/pu-1", Item,
            (api, ws, tok) => api.UpdatePortalUserAsync(ws, tok, "pu-1", PortalUser),
            HasBody: true),
        new("deletePortalUser", "DELETE", $"{Base}/v1/portal-users/pu-1", null,
            (api, ws, tok) => api.DeletePortalUserAsync(ws, tok, "pu-1")),

        new("getSubscription", "GET", $"{Base}/v1/subscriptions", Item,
            (api, ws, tok) => api.GetSubscriptionAsync(ws, tok)),
        new("updateSubscriptionForWorkspace", "PUT", $"{Base}/v1/subscriptions", "\"100 CONTINUE\"",
            (api, ws, tok) => api.UpdateSubscriptionAsync(ws, tok, new SubscriptionUpdateRequest()),
            HasBody: true),
        new("getSubscriptionUpdateDto", "POST", $"{Base}/v1/subscriptions/bundleInfo", Item,
            (api, ws, tok) => api.GetBundleInfoAsync(ws, tok, BundleInfo),
            HasBody: true),
        new("startSubscription", "PUT", $"{Base}/v1/subscriptions/start", null,
            (api, ws, tok) => api.StartSubscriptionAsync(ws, tok)),
        new("stopSubscription", "PUT", $"{Base}/v1/subscriptions/stop", null,
            (api, ws, tok) => api.StopSubscriptionAsync(ws, tok)),

        new("searchTickets", "GET",
            $"{Base}/v1/tickets?page=0&pageSize=50&processed=false&moduleName=userDataGovernance"
            + "&eventTriggers=malwareOnEndpoint%2CdevicePasswordMissing", Page,
            (api, ws, tok) => api.SearchTicketsAsync(ws, tok, 0, 50,
                processed: false,
                moduleName: ProtectionModule.UserDataGovernance,
                eventTriggers: [TicketType.MalwareOnEndpoint, TicketType.DevicePasswordMissing])),
        new("getTicket", "GET", $"{Base}/v1/tickets/t-1", Item,
            (api, ws, tok) => api.GetTicketAsync(ws, tok, "t-1")),
        new("searchTicketActions", "GET", $"{Base}/v1/tickets/t-1/actions", List,
            (api, ws, tok) => api.GetTicketActionsAsync(ws, tok, "t-1")),
        new("triggerTicketAction", "POST", $"{Base}/v1/tickets/t-1/actions", Item,
            (api, ws, tok) => api.PerformTicketActionAsync(ws, tok, "t-1", TicketAction),
            HasBody: true),

        new("getEmailsSummary", "GET", $"{Base}/v1/tickets/summary/emails", Item,
            (api, ws, tok) => api.GetEmailsSummaryAsync(ws, tok)),
        new("getCloudAppsSummary", "GET", $"{Base}/v1/tickets/summary/cloud-apps", Item,
            (api, ws, tok) => api.GetCloudAppsSummaryAsync(ws, tok)),
        new("getUsersSummary", "GET", $"{Base}/v1/tickets/summary/users", Item,
            (api, ws, tok) => api.GetUsersSummaryAsync(ws, tok)),
        new("getDevicesSummary", "GET", $"{Base}/v1/tickets/summary/devices", Item,
            (api, ws, tok) => api.GetDevicesSummaryAsync(ws, tok)),
        new("getDataSummary", "GET", $"{Base}/v1/tickets/summary/data", Item,
            (api, ws, tok) => api.GetDataSummaryAsync(ws, tok)),

        new("getUsage", "GET", $"{Base}/v1/usage?page=0&pageSize=500", Page,
            (api, ws, tok) => api.GetUsageAsync(ws, tok, 0, 500)),

        new("searchUsers", "GET", $"{Base}/v1/users?page=3&pageSize=20", Page,
            (api, ws, tok) => api.SearchUsersAsync(ws, tok, 3, 20)),
        new("addUsersForProtection", "POST", $"{Base}/v1/users", Item,
            (api, ws, tok) => api.AddUsersAsync(ws, tok, AddUsers),
            HasBody: true),
        new("updateUser", "PUT", $"{Base}/v1/users", Item,
            (api, ws, tok) => api.UpdateUserAsync(ws, tok, UpdateUser),
            HasBody: true),
        new("getUser", "GET", $"{Base}/v1/users/u-1", Item,
            (api, ws, tok) => api.GetUserAsync(ws, tok, "u-1")),
        new("deleteUser", "DELETE", $"{Base}/v1/users/u-1", null,
            (api, ws, tok) => api.DeleteUserAsync(ws, tok, "u-1")),

        new("getWebhookConfigurations", "GET", $"{Base}/v1/settings/webhooks", List,
            (api, ws, tok) => api.GetWebhookConfigurationsAsync(ws, tok)),
        new("createWebhookConfiguration", "POST", $"{Base}/v1/settings/webhooks", Item,
            (api, ws, tok) => api.CreateWebhookConfigurationAsync(ws, tok, Webhook),
            HasBody: true),
        new("getWebhookConfiguration", "GET", $"{Base}/v1/settings/webhooks/wh-1", Item,
            (api, ws, tok) => api.GetWebhookConfigurationAsync(ws, tok, "wh-1")),
        new("updateWebhookConfiguration", "PUT", $"{Base}/v1/settings/webhooks/wh-1", Item,
            (api, ws, tok) => api.UpdateWebhookConfigurationAsync(ws, tok, "wh-1", Webhook),
            HasBody: true),
        new("deleteWebhookConfiguration", "DELETE", $"{Base}/v1/settings/webhooks/wh-1", null,
            (api, ws, tok) => api.DeleteWebhookConfigurationAsync(ws, tok, "wh-1")),
        new("testWebhookConfiguration", "GET", $"{Base}/v1/settings/webhooks/wh-1/test", null,
            (api, ws, tok) => api.TestWebhookConfigurationAsync(ws, tok, "wh-1")),

        new("getWorkspaces", "GET", $"{Base}/v1/workspaces", Page,
            (api, ws, tok) => api.GetWorkspacesAsync(ws, tok)),
        new("createWorkspace", "POST", $"{Base}/v1/workspaces", Item,
            (api, ws, tok) => api.CreateWorkspaceAsync(ws, tok, CreateWorkspace),
            HasBody: true),
        new("archiveWorkspace", "PUT", $"{Base}/v1/workspaces/archive", null,
            (api, ws, tok) => api.ArchiveWorkspaceAsync(ws, tok)),
        new("searchWorkspaces", "GET", $"{Base}/v1/workspaces/search?page=0&pageSize=100", Page,
            (api, ws, tok) => api.SearchWorkspacesAsync(ws, tok, 0, 100)),
    ];
}
