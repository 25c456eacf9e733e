using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Counts;

/// <summary>
/// Counts one workspace from its cached device, user and ticket lists and its subscription. The
/// calls run one after another so a view over many workspaces keeps at most one call in flight
/// per workspace it is working on; the lists it loads serve the list pages afterwards.
/// </summary>
internal sealed class CountsSource(ListSnapshots snapshots, CoroCaller caller, ResponseCache cache)
{
    public Task<Fetched<WorkspaceFigures>> GetAsync(
        CoveredWorkspace target, bool refresh, CancellationToken cancellationToken) =>
        cache.GetAsync(
            new CacheKey(CacheKind.Counts, target.WorkspaceId, "counts"),
            refresh,
            token => CountAsync(target, refresh, token),
            cancellationToken);

    public Task<Fetched<Subscription>> SubscriptionAsync(
        CoveredWorkspace target, bool refresh, CancellationToken cancellationToken) =>
        cache.GetAsync(
            new CacheKey(CacheKind.Summary, target.WorkspaceId, "subscription"),
            refresh,
            token => caller.CallAsync(
                target, "GET /v1/subscriptions",
                (api, workspace, bearer, ct) => api.GetSubscriptionAsync(workspace, bearer, ct), token),
            cancellationToken);

    private async Task<CallOutcome<WorkspaceFigures>> CountAsync(
        CoveredWorkspace target, bool refresh, CancellationToken cancellationToken)
    {
        var devices = await snapshots.GetAsync(DeviceList.Source, target, refresh, cancellationToken)
            .ConfigureAwait(false);
        if (!devices.HasValue)
            return Failed(devices);
        var users = await snapshots.GetAsync(UserList.Source, target, refresh, cancellationToken)
            .ConfigureAwait(false);
        if (!users.HasValue)
            return Failed(users);
        var tickets = await snapshots.GetAsync(TicketList.Source, target, refresh, cancellationToken)
            .ConfigureAwait(false);
        if (!tickets.HasValue)
            return Failed(tickets);
        var subscription = await SubscriptionAsync(target, refresh, cancellationToken).ConfigureAwait(false);
        if (!subscription.HasValue)
            return Failed(subscription);

        var figures = Count(devices.Value!, users.Value!, tickets.Value!, subscription.Value!);
        var parts = new (FetchStatus Status, DateTimeOffset? AsOf, GatewayError? Error)[]
        {
            (devices.Status, devices.AsOf, devices.Error), (users.Status, users.AsOf, users.Error),
            (tickets.Status, tickets.AsOf, tickets.Error), (subscription.Status, subscription.AsOf,
                subscription.Error),
        };
        var oldest = parts.Min(part => part.AsOf);
        var stale = parts.FirstOrDefault(part => part.Status == FetchStatus.Stale);
        return stale.Error is { } error
            ? new CallOutcome<WorkspaceFigures>(FetchStatus.Stale, figures, error, oldest)
            : new CallOutcome<WorkspaceFigures>(FetchStatus.Ok, figures, null, oldest);
    }

    private static WorkspaceFigures Count(
        IReadOnlyList<Device> devices,
        IReadOnlyList<ProtectedUser> users,
        IReadOnlyList<Ticket> tickets,
        Subscription subscription) => new(
            devices.Count,
            users.Count(user => user.IsProtected),
            tickets.Count(ticket => !ticket.Processed),
            devices.Count(device => device.ProtectionEnabled == false),
            devices
                .Where(device => !string.IsNullOrEmpty(device.AppVersion))
                .GroupBy(device => device.AppVersion!, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal),
            subscription.Bundles.Select(bundle => bundle.Value).ToArray());

    private static CallOutcome<WorkspaceFigures> Failed<T>(Fetched<T> part) =>
        CallOutcome<WorkspaceFigures>.Problem(part.Status, part.Error ?? new GatewayError("Coro failed", []));
}
