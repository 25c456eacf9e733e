using System.Collections.Concurrent;
using System.Security.Claims;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>Passes every call to the gateway it wraps and writes down what was asked.</summary>
public sealed class CountingGateway(ICoroGateway inner) : ICoroGateway
{
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentQueue<ListQuery> _lists = new();

    /// <summary>Every call, by method name, in order.</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>The list queries, in order.</summary>
    public IReadOnlyList<ListQuery> Lists => [.. _lists];

    public void Clear()
    {
        _calls.Clear();
        _lists.Clear();
    }

    private void Note(string call, ListQuery? query = null)
    {
        if (query is not null)
            _lists.Enqueue(query);
        _calls.Enqueue(call);
    }

    public Task<Fetched<WorkspaceTree>> GetHierarchyAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default)
    {
        Note(nameof(GetHierarchyAsync));
        return inner.GetHierarchyAsync(user, refresh, cancellationToken);
    }

    public IAsyncEnumerable<WorkspacePart<WorkspaceCounts>> StreamCountsAsync(
        ClaimsPrincipal user, IReadOnlyCollection<string> workspaceIds, bool refresh = false,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(StreamCountsAsync));
        return inner.StreamCountsAsync(user, workspaceIds, refresh, cancellationToken);
    }

    public Task<Fetched<WorkspaceOverview>> GetOverviewAsync(
        ClaimsPrincipal user, string workspaceId, bool refresh = false,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(GetOverviewAsync));
        return inner.GetOverviewAsync(user, workspaceId, refresh, cancellationToken);
    }

    public Task<Fetched<GlobalOverview>> GetGlobalOverviewAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default)
    {
        Note(nameof(GetGlobalOverviewAsync));
        return inner.GetGlobalOverviewAsync(user, refresh, cancellationToken);
    }

    public Task<Fetched<ListPage<WorkspaceItem<Device>>>> GetDevicesAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default)
    {
        Note(nameof(GetDevicesAsync), query);
        return inner.GetDevicesAsync(user, query, cancellationToken);
    }

    public Task<Fetched<ListPage<WorkspaceItem<ProtectedUser>>>> GetUsersAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default)
    {
        Note(nameof(GetUsersAsync), query);
        return inner.GetUsersAsync(user, query, cancellationToken);
    }

    public Task<Fetched<ListPage<WorkspaceItem<Ticket>>>> GetTicketsAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default)
    {
        Note(nameof(GetTicketsAsync), query);
        return inner.GetTicketsAsync(user, query, cancellationToken);
    }

    public Task<Fetched<WorkspaceItem<Device>>> GetDeviceAsync(
        ClaimsPrincipal user, string workspaceId, string enrollmentCode,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(GetDeviceAsync));
        return inner.GetDeviceAsync(user, workspaceId, enrollmentCode, cancellationToken);
    }

    public Task<Fetched<WorkspaceItem<ProtectedUser>>> GetUserAsync(
        ClaimsPrincipal user, string workspaceId, string userId,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(GetUserAsync));
        return inner.GetUserAsync(user, workspaceId, userId, cancellationToken);
    }

    public Task<Fetched<WorkspaceItem<Ticket>>> GetTicketAsync(
        ClaimsPrincipal user, string workspaceId, string ticketId,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(GetTicketAsync));
        return inner.GetTicketAsync(user, workspaceId, ticketId, cancellationToken);
    }

    public Task<FetchStatus> InvalidateAsync(
        ClaimsPrincipal user, string workspaceId, CancellationToken cancellationToken = default)
    {
        Note(nameof(InvalidateAsync));
        return inner.InvalidateAsync(user, workspaceId, cancellationToken);
    }

    public ValueTask<AccessScope> GetScopeAsync(ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        Note(nameof(GetScopeAsync));
        return inner.GetScopeAsync(user, cancellationToken);
    }
}
