using System.Runtime.CompilerServices;
using System.Security.Claims;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Counts;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Overview;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway;

/// <summary>The gateway pages talk to; each call goes through the <see cref="Gatekeeper"/> first.</summary>
internal sealed class CoroGateway(
    AccessPolicy policy,
    Gatekeeper gatekeeper,
    HierarchySource hierarchies,
    CountsStream counts,
    OverviewSource overviews,
    GlobalOverviewBuilder globalOverview,
    ListPages lists,
    ItemLookup items,
    ResponseCache cache,
    ListArrangers arrangers) : ICoroGateway
{
    public async Task<Fetched<WorkspaceTree>> GetHierarchyAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var scope = await policy.ScopeAsync(user, cancellationToken).ConfigureAwait(false);
        if (scope.IsEmpty)
        {
            policy.ReportNoAccess(user);
            return Fetched<WorkspaceTree>.Problem(
                FetchStatus.Forbidden, new GatewayError("You do not have access to any workspace", []));
        }
        var hierarchy = await hierarchies.GetAsync(refresh, cancellationToken).ConfigureAwait(false);
        return hierarchy.Map(channel => VisibleTree.Build(channel, policy.Visible(scope, channel)));
    }

    public async IAsyncEnumerable<WorkspacePart<WorkspaceCounts>> StreamCountsAsync(
        ClaimsPrincipal user, IReadOnlyCollection<string> workspaceIds, bool refresh = false,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parts = counts.StreamAsync(user, workspaceIds, refresh, cancellationToken);
        await foreach (var part in parts.ConfigureAwait(false))
            yield return new WorkspacePart<WorkspaceCounts>(
                part.WorkspaceId, part.Status, counts.ToCounts(part.Value), part.AsOf, part.Error);
    }

    public async Task<Fetched<WorkspaceOverview>> GetOverviewAsync(
        ClaimsPrincipal user,
        string workspaceId,
        bool refresh = false,
        CancellationToken cancellationToken = default)
    {
        var admission = await gatekeeper.AdmitAsync(user, workspaceId, cancellationToken)
            .ConfigureAwait(false);
        if (admission.Refusal is not null)
            return admission.Problem<WorkspaceOverview>();
        if (admission.Target is not { } target)
            return Fetched<WorkspaceOverview>.Problem(FetchStatus.NotConnected, Admission.NotConnectedError);
        var node = VisibleTree.Build(admission.Hierarchy!, [workspaceId]).Find(workspaceId)!;
        return await overviews.GetAsync(node, target, refresh, cancellationToken).ConfigureAwait(false);
    }

    public Task<Fetched<GlobalOverview>> GetGlobalOverviewAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default) =>
        globalOverview.BuildAsync(user, refresh, cancellationToken);

    public Task<Fetched<ListPage<WorkspaceItem<Device>>>> GetDevicesAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        lists.GetAsync(user, query, DeviceList.Source, arrangers.Devices, cancellationToken);

    public Task<Fetched<ListPage<WorkspaceItem<ProtectedUser>>>> GetUsersAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        lists.GetAsync(user, query, UserList.Source, arrangers.Users, cancellationToken);

    public Task<Fetched<ListPage<WorkspaceItem<Ticket>>>> GetTicketsAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        lists.GetAsync(user, query, TicketList.Source, arrangers.Tickets, cancellationToken);

    public Task<Fetched<WorkspaceItem<Device>>> GetDeviceAsync(
        ClaimsPrincipal user,
        string workspaceId,
        string enrollmentCode,
        CancellationToken cancellationToken = default) =>
        items.FindAsync(
            user, workspaceId, DeviceList.Source, device => device.EnrollmentCode == enrollmentCode, null,
            cancellationToken);

    public Task<Fetched<WorkspaceItem<ProtectedUser>>> GetUserAsync(
        ClaimsPrincipal user,
        string workspaceId,
        string userId,
        CancellationToken cancellationToken = default) =>
        items.FindAsync(
            user, workspaceId, UserList.Source, item => item.Id == userId,
            ("GET /v1/users/{id}", (api, workspace, token, ct) => api.GetUserAsync(workspace, token,
                userId, ct)),
            cancellationToken);

    public Task<Fetched<WorkspaceItem<Ticket>>> GetTicketAsync(
        ClaimsPrincipal user,
        string workspaceId,
        string ticketId,
        CancellationToken cancellationToken = default) =>
        items.FindAsync(
            user, workspaceId, TicketList.Source, ticket => ticket.Id == ticketId,
            ("GET /v1/tickets/{id}", (api, workspace, token, ct) => api.GetTicketAsync(workspace, token,
                ticketId, ct)),
            cancellationToken);

    public async Task<FetchStatus> InvalidateAsync(
        ClaimsPrincipal user, string workspaceId, CancellationToken cancellationToken = default)
    {
        var admission = await gatekeeper.AdmitAsync(user, workspaceId, cancellationToken)
            .ConfigureAwait(false);
        if (admission.Refusal is { } refusal)
            return refusal;
        await cache.InvalidateAsync(workspaceId, cancellationToken).ConfigureAwait(false);
        return FetchStatus.Ok;
    }

    public ValueTask<AccessScope> GetScopeAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken = default) =>
        policy.ScopeAsync(user, cancellationToken);
}
