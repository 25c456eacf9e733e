using System.Text.Json;

namespace CoroDashboard.Coro.Wire;

public sealed record Workspace
{
    public string Id { get => field ?? ""; init; }
    public string? CompanyName { get; init; }
    public string? DisplayName { get; init; }
    public WireEnum<WorkspaceType> Type { get; init; }
    public string? Domain { get; init; }
    public int? MaxProtectedUsers { get; init; }
    public WireEnum<NotificationsLevel> NotificationsLevel { get; init; }
    public string? ParentWorkspaceId { get; init; }
    public int? ProtectedDevices { get; init; }
    public IReadOnlyList<string> Children { get => field ?? []; init; }
    public string? MainAdminEmail { get; init; }
    public IReadOnlyList<string> AdminEmails { get => field ?? []; init; }
    public IReadOnlyList<string> PendingAdminEmails { get => field ?? []; init; }
    public DateTimeOffset? LastAdminLoginTime { get; init; }
    public DateTimeOffset? WorkspaceCreationTime { get; init; }
    public string? WorkspaceCreationType { get; init; }
    /// <summary>Shape not documented (added in 3.8.3): kept as raw JSON.</summary>
    public JsonElement? OverCapacityAllowance { get; init; }
    public int? MaxDevicesLimit { get; init; }
    public string? InvitedByAdminName { get; init; }
    public string? InvitedByAdminEmail { get; init; }
    /// <summary>
    /// Not in the API description: Coro has workspace status events, and when an answer carries a
    /// status (for example <c>archived</c>) the dashboard uses it. Absent means active.
    /// </summary>
    public WireEnum<WorkspaceStatus>? Status { get; init; }
}

public sealed record WorkspaceCreateRequest
{
    public required string CompanyName { get; init; }
    public required string DisplayName { get; init; }
    public required WireEnum<WorkspaceType> Type { get; init; }
    public required string Domain { get; init; }
    public required string AdminEmail { get; init; }
    public int? MaxProtectedUsers { get; init; }
    public WireEnum<NotificationsLevel> NotificationsLevel { get; init; } = Wire.NotificationsLevel.All;
}
