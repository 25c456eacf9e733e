using System.Security.Claims;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>How a test answers a list query.</summary>
public delegate Task<Fetched<ListPage<WorkspaceItem<T>>>> ListAnswer<T>(
    ListQuery query, CancellationToken cancellationToken);

/// <summary>
/// A gateway answering lists from a function, for shapes the simulator does not make on demand
/// (501 rows, unknown enum values, failures, answers held back to overtake one another).
/// </summary>
public sealed class StubGateway : ICoroGateway
{
    public const string Workspace = "ws-alpha";

    public ListAnswer<Device> Devices { get; set; } =
        (query, _) => Task.FromResult(Answer(query, Array.Empty<Device>()));

    public ListAnswer<Ticket> Tickets { get; set; } =
        (query, _) => Task.FromResult(Answer(query, Array.Empty<Ticket>()));

    public Func<string, string, Fetched<WorkspaceItem<Device>>> Device { get; set; } =
        (_, _) => Fetched<WorkspaceItem<Device>>.Problem(
            FetchStatus.NotFound, new GatewayError("Not found", []));

    public Fetched<WorkspaceTree> Hierarchy { get; set; } = Fetched<WorkspaceTree>.Problem(
        FetchStatus.Failed, new GatewayError("No hierarchy in this test", []));

    public static DateTimeOffset AsOf { get; } = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>One page cut from the rows, as the gateway would cut it.</summary>
    public static Fetched<ListPage<WorkspaceItem<T>>> Answer<T>(
        ListQuery query, IReadOnlyList<T> rows, IReadOnlyList<WorkspacePart<int>>? parts = null)
    {
        var items = rows.Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(row => new WorkspaceItem<T>(Workspace, "Alpha Dental", row)).ToArray();
        return Fetched<ListPage<WorkspaceItem<T>>>.Ok(
            new ListPage<WorkspaceItem<T>>(items, rows.Count, query.Page, query.PageSize, parts ?? []),
                AsOf);
    }

    public static Device[] NumberedDevices(int count, string prefix = "dev") =>
        [.. Enumerable.Range(1, count).Select(i => new Device
        {
            EnrollmentCode = $"{prefix}-{i:D4}",
            Hostname = $"{prefix}-{i:D4}",
            OsType = OsType.Windows,
        })];

    public Task<Fetched<ListPage<WorkspaceItem<Device>>>> GetDevicesAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        Devices(query, cancellationToken);

    public Task<Fetched<ListPage<WorkspaceItem<Ticket>>>> GetTicketsAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        Tickets(query, cancellationToken);

    public Task<Fetched<WorkspaceItem<Device>>> GetDeviceAsync(
        ClaimsPrincipal user, string workspaceId, string enrollmentCode,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(Device(workspaceId, enrollmentCode));

    public Task<Fetched<WorkspaceTree>> GetHierarchyAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(Hierarchy);

    public Task<Fetched<ListPage<WorkspaceItem<ProtectedUser>>>> GetUsersAsync(
        ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(query, Array.Empty<ProtectedUser>()));

    public IAsyncEnumerable<WorkspacePart<WorkspaceCounts>> StreamCountsAsync(
        ClaimsPrincipal user, IReadOnlyCollection<string> workspaceIds, bool refresh = false,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Fetched<WorkspaceOverview>> GetOverviewAsync(
        ClaimsPrincipal user, string workspaceId, bool refresh = false,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Fetched<GlobalOverview>> GetGlobalOverviewAsync(
        ClaimsPrincipal user, bool refresh = false, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Fetched<WorkspaceItem<ProtectedUser>>> GetUserAsync(
        ClaimsPrincipal user, string workspaceId, string userId,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Fetched<WorkspaceItem<Ticket>>> GetTicketAsync(
        ClaimsPrincipal user, string workspaceId, string ticketId,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<FetchStatus> InvalidateAsync(
        ClaimsPrincipal user, string workspaceId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<AccessScope> GetScopeAsync(ClaimsPrincipal user,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(AccessScope.Channel("ch"));
}
