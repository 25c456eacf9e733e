using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Workspaces;

/// <summary>
/// One protection component's tickets, as the overview shows them. With an <see cref="Error"/>,
/// the counts are the last good ones when <see cref="IsStale"/>, else there are none.
/// </summary>
public sealed record ComponentSummary(
    TicketSummaryComponent Component,
    string Name,
    int OpenTickets,
    int ResolvedLast90Days,
    IReadOnlyList<TicketTypeSummary> TicketTypes,
    Results.GatewayError? Error,
    bool IsStale = false);

/// <summary>
/// A workspace's overview page: tickets by component, usage and subscription. A part that could
/// not be fetched is null (or carries its <see cref="ComponentSummary.Error"/>) and says why.
/// </summary>
public sealed record WorkspaceOverview(
    WorkspaceNode Workspace,
    IReadOnlyList<ComponentSummary> Components,
    Usage? Usage,
    Subscription? Subscription,
    Results.GatewayError? UsageError = null,
    Results.GatewayError? SubscriptionError = null);

/// <summary>A customer that wants attention first, and why.</summary>
public sealed record WorkspaceAttention(
    WorkspaceNode Workspace,
    int OpenTickets,
    int UnprotectedDevices,
    int OutdatedDevices);

/// <summary>Totals across every workspace the caller may see.</summary>
public sealed record GlobalOverview(
    int Workspaces,
    int Devices,
    int ProtectedUsers,
    int OpenTickets,
    IReadOnlyList<WorkspaceAttention> NeedsAttention,
    IReadOnlyList<WorkspacePart<WorkspaceCounts>> Failed);
