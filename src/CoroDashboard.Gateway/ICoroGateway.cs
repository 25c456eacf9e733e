using System.Security.Claims;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway;

/// <summary>
/// The only thing pages talk to. Every call names its caller; the gateway resolves the caller's
/// access scope and refuses (with <see cref="FetchStatus.Forbidden"/>) any workspace outside it
/// before anything reaches the cache or Coro. Answers carry the time their data was fetched.
/// </summary>
public interface ICoroGateway
{
    /// <summary>The hierarchy the caller may see (no counts; those stream separately).</summary>
    Task<Fetched<WorkspaceTree>> GetHierarchyAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts for many workspaces, each yielded as soon as it is known, with bounded concurrency and
    /// a per-workspace timeout. Workspaces outside the caller's scope come back Forbidden.
    /// </summary>
    IAsyncEnumerable<WorkspacePart<WorkspaceCounts>> StreamCountsAsync(
        ClaimsPrincipal user, IReadOnlyCollection<string> workspaceIds, bool refresh = false,
        CancellationToken cancellationToken = default);

    Task<Fetched<WorkspaceOverview>> GetOverviewAsync(
        ClaimsPrincipal user, string workspaceId, bool refresh = false,
        CancellationToken cancellationToken = default);

    Task<Fetched<GlobalOverview>> GetGlobalOverviewAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default);

    Task<Fetched<ListPage<WorkspaceItem<Device>>>> GetDevicesAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default);

    Task<Fetched<ListPage<WorkspaceItem<ProtectedUser>>>> GetUsersAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default);

    Task<Fetched<ListPage<WorkspaceItem<Ticket>>>> GetTicketsAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default);

    Task<Fetched<WorkspaceItem<Device>>> GetDeviceAsync(
        ClaimsPrincipal user, string workspaceId, string enrollmentCode,
        CancellationToken cancellationToken = default);

    Task<Fetched<WorkspaceItem<ProtectedUser>>> GetUserAsync(
        ClaimsPrincipal user, string workspaceId, string userId,
        CancellationToken cancellationToken = default);

    Task<Fetched<WorkspaceItem<Ticket>>> GetTicketAsync(
        ClaimsPrincipal user, string workspaceId, string ticketId,
        CancellationToken cancellationToken = default);

    /// <summary>Drops every cached entry of one workspace (and no other).</summary>
    Task<FetchStatus> InvalidateAsync(
        ClaimsPrincipal user, string workspaceId, CancellationToken cancellationToken = default);

    /// <summary>The caller's scope, for pages that hide what the caller may not do.</summary>
    ValueTask<Access.AccessScope> GetScopeAsync(
        ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
