using System.Text.Json;
using CoroDashboard.Coro.Wire;
using Refit;

namespace CoroDashboard.Coro;

/// <summary>
/// The Coro public API v1. Every call names its workspace and its bearer token as arguments: the
/// client reads neither from ambient, static or scoped state, so a call can only ever carry the
/// workspace and token its caller chose. Page numbers are zero-based; page sizes 10..500.
/// </summary>
public interface ICoroApi
{
    [Post("/oauth/token")]
    Task<TokenResponse> GetTokenAsync(
        [Body] TokenRequest request, CancellationToken cancellationToken = default);

    // Workspaces

    /// <summary>The workspace in the header and the workspaces below it.</summary>
    [Get("/v1/workspaces")]
    Task<Page<Workspace>> GetWorkspacesAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Post("/v1/workspaces")]
    Task<Workspace> CreateWorkspaceAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] WorkspaceCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Archives the workspace named in the header.</summary>
    [Put("/v1/workspaces/archive")]
    Task ArchiveWorkspaceAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/workspaces/search")]
    Task<Page<Workspace>> SearchWorkspacesAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    // Tickets

    /// <summary>
    /// A page of tickets. Filters left null are left out of the query; <paramref name="eventTriggers"/>
    /// goes out comma separated (form style, not exploded) as the API description says.
    /// </summary>
    [Get("/v1/tickets")]
    Task<Page<Ticket>> SearchTicketsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize,
        bool? processed = null,
        ProtectionModule? moduleName = null,
        [Query(CollectionFormat.Csv)] IEnumerable<TicketType>? eventTriggers = null,
        CancellationToken cancellationToken = default);

    [Get("/v1/tickets/{id}")]
    Task<Ticket> GetTicketAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Get("/v1/tickets/{id}/actions")]
    Task<IReadOnlyList<EventAction>> GetTicketActionsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Post("/v1/tickets/{id}/actions")]
    Task<TicketActionResponse> PerformTicketActionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, [Body] TicketActionRequest request, CancellationToken cancellationToken = default);

    // Ticket summaries, one per protection component

    [Get("/v1/tickets/summary/emails")]
    Task<TicketSummary> GetEmailsSummaryAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/tickets/summary/cloud-apps")]
    Task<TicketSummary> GetCloudAppsSummaryAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/tickets/summary/users")]
    Task<TicketSummary> GetUsersSummaryAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/tickets/summary/devices")]
    Task<TicketSummary> GetDevicesSummaryAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/tickets/summary/data")]
    Task<TicketSummary> GetDataSummaryAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    // Devices

    [Get("/v1/devices")]
    Task<Page<Device>> GetDevicesAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    [Get("/v1/devices/{enrollmentCode}/actions")]
    Task<IReadOnlyList<DeviceActionDescriptor>> GetDeviceActionsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string enrollmentCode, CancellationToken cancellationToken = default);

    [Post("/v1/devices/{enrollmentCode}/actions")]
    Task PerformDeviceActionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string enrollmentCode, [Body] DeviceActionRequest request,
        CancellationToken cancellationToken = default);

    [Post("/v1/devices/{enrollmentCode}/license")]
    Task<JsonElement> LicenseDeviceAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string enrollmentCode, CancellationToken cancellationToken = default);

    [Delete("/v1/devices/{enrollmentCode}/license")]
    Task UnlicenseDeviceAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string enrollmentCode, CancellationToken cancellationToken = default);

    /// <summary>The path is a placeholder in the API description (the real one was not found).</summary>
    [Get("/v1/devices/latest-agent-versions")]
    Task<IReadOnlyList<JsonElement>> GetLatestAgentVersionsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    // Protected users

    [Get("/v1/users")]
    Task<Page<ProtectedUser>> SearchUsersAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    [Get("/v1/users/{id}")]
    Task<ProtectedUser> GetUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Post("/v1/users")]
    Task<AddUsersResponse> AddUsersAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] AddUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>The user is named by the email in the body; the path has no id.</summary>
    [Put("/v1/users")]
    Task<ProtectedUser> UpdateUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] UpdateUserRequest request, CancellationToken cancellationToken = default);

    [Delete("/v1/users/{id}")]
    Task DeleteUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    // Portal (console admin) users

    [Get("/v1/portal-users")]
    Task<Page<PortalUser>> GetPortalUsersAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    [Post("/v1/portal-users")]
    Task<PortalUser> AddPortalUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] PortalUserCreateRequest request, CancellationToken cancellationToken = default);

    [Get("/v1/portal-users/{id}")]
    Task<PortalUser> GetPortalUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Put("/v1/portal-users/{id}")]
    Task<PortalUser> UpdatePortalUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, [Body] PortalUserCreateRequest request, CancellationToken cancellationToken = default);

    [Delete("/v1/portal-users/{id}")]
    Task DeletePortalUserAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    // Subscriptions and usage

    [Get("/v1/subscriptions")]
    Task<Subscription> GetSubscriptionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    /// <summary>Coro answers 202 with a short text body, which carries nothing to read.</summary>
    [Put("/v1/subscriptions")]
    Task UpdateSubscriptionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] SubscriptionUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>The only operation where the Workspace header is optional.</summary>
    [Post("/v1/subscriptions/bundleInfo")]
    Task<BundleInfoResponse> GetBundleInfoAsync(
        [Header("Workspace")] string? workspace, [Authorize("Bearer")] string token,
        [Body] BundleInfoRequest request, CancellationToken cancellationToken = default);

    [Put("/v1/subscriptions/start")]
    Task StartSubscriptionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Put("/v1/subscriptions/stop")]
    Task StopSubscriptionAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Get("/v1/usage")]
    Task<Page<Usage>> GetUsageAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    // Audit logs

    [Get("/v1/audit-logs/search")]
    Task<Page<AuditLog>> SearchAuditLogsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        int page, int pageSize, CancellationToken cancellationToken = default);

    // Webhook configurations

    [Get("/v1/settings/webhooks")]
    Task<IReadOnlyList<WebhookConfiguration>> GetWebhookConfigurationsAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        CancellationToken cancellationToken = default);

    [Post("/v1/settings/webhooks")]
    Task<WebhookConfiguration> CreateWebhookConfigurationAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        [Body] WebhookConfigurationRequest request, CancellationToken cancellationToken = default);

    [Get("/v1/settings/webhooks/{id}")]
    Task<WebhookConfiguration> GetWebhookConfigurationAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Put("/v1/settings/webhooks/{id}")]
    Task<WebhookConfiguration> UpdateWebhookConfigurationAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, [Body] WebhookConfigurationRequest request,
        CancellationToken cancellationToken = default);

    [Delete("/v1/settings/webhooks/{id}")]
    Task DeleteWebhookConfigurationAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);

    [Get("/v1/settings/webhooks/{id}/test")]
    Task TestWebhookConfigurationAsync(
        [Header("Workspace")] string workspace, [Authorize("Bearer")] string token,
        string id, CancellationToken cancellationToken = default);
}
