using System.Text.Json.Serialization;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator;

/// <summary>
/// One workspace and everything Coro keeps in it. Lists are in the order Coro serves them (tickets
/// and audit logs newest first). Code that reads or changes a workspace while it is served holds
/// <see cref="Sync"/>.
/// </summary>
public sealed class SimulatedWorkspace
{
    /// <summary>The workspace record; <c>children</c> and <c>protectedDevices</c> are filled when served.</summary>
    public required Workspace Info { get; set; }

    /// <summary>
    /// True when credentials of ancestor workspaces may not act here (Coro answers 403): only a
    /// credential created in this workspace reaches it.
    /// </summary>
    public bool AncestorAccessRevoked { get; set; }

    public bool SubscriptionActive { get; set; } = true;

    public List<Device> Devices { get; set; } = [];

    /// <summary>Enrollment codes of devices whose license was removed.</summary>
    public List<string> UnlicensedDevices { get; set; } = [];

    public List<ProtectedUser> Users { get; set; } = [];

    public List<Ticket> Tickets { get; set; } = [];

    public List<PortalUser> PortalUsers { get; set; } = [];

    public Subscription Subscription { get; set; } = new();

    /// <summary>The usage record; its protected user and device counts are recounted when served.</summary>
    public Usage Usage { get; set; } = new();

    public List<AuditLog> AuditLogs { get; set; } = [];

    public List<WebhookConfiguration> Webhooks { get; set; } = [];

    [JsonIgnore] public string Id => Info.Id;

    [JsonIgnore] public bool IsArchived => Info.Status?.Known == WorkspaceStatus.Archived;

    [JsonIgnore] internal Lock Sync { get; } = new();

    [JsonIgnore] internal WorkspaceIndex Index => field ??= new WorkspaceIndex(this);
}
