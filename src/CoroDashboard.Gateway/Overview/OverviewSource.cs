using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Counts;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Overview;

/// <summary>
/// One workspace's overview: the five protection components' ticket summaries, usage and
/// subscription, each fetched and cached on its own so one failing part leaves the others shown.
/// </summary>
internal sealed class OverviewSource(CoroCaller caller, ResponseCache cache, CountsSource counts)
{
    private static readonly (TicketSummaryComponent Component, string Name, string Path)[] Components =
    [
        (TicketSummaryComponent.Emails, "Email security", "emails"),
        (TicketSummaryComponent.CloudApps, "Cloud applications", "cloud-apps"),
        (TicketSummaryComponent.Users, "Users", "users"),
        (TicketSummaryComponent.Devices, "Devices", "devices"),
        (TicketSummaryComponent.Data, "Data", "data"),
    ];

    public async Task<Fetched<WorkspaceOverview>> GetAsync(
        WorkspaceNode workspace, CoveredWorkspace target, bool refresh, CancellationToken cancellationToken)
    {
        var summaries = Components
            .Select(component => SummaryAsync(target, component.Component, component.Path, refresh,
                cancellationToken))
            .ToArray();
        var usage = UsageAsync(target, refresh, cancellationToken);
        var subscription = counts.SubscriptionAsync(target, refresh, cancellationToken);
        await Task.WhenAll([.. summaries, usage, subscription]).ConfigureAwait(false);

        var components = Components
            .Select((component, i) => ToComponent(component.Component, component.Name, summaries[i].Result))
            .ToArray();
        var overview = new WorkspaceOverview(
            workspace, components, usage.Result.Value, subscription.Result.Value,
            usage.Result.HasValue ? null : usage.Result.Error,
            subscription.Result.HasValue ? null : subscription.Result.Error);

        var statuses = summaries.Select(task => Status(task.Result))
            .Append(Status(usage.Result)).Append(Status(subscription.Result)).ToArray();
        return Combine(overview, statuses);
    }

    private Task<Fetched<TicketSummary>> SummaryAsync(
        CoveredWorkspace target, TicketSummaryComponent component, string path, bool refresh,
        CancellationToken cancellationToken) =>
        cache.GetAsync(
            new CacheKey(CacheKind.Summary, target.WorkspaceId, $"summary:{path}"),
            refresh,
            token => caller.CallAsync(
                target, $"GET /v1/tickets/summary/{path}",
                (api, workspace, bearer, ct) => Summary(api, component, workspace, bearer, ct), token),
            cancellationToken);

    private Task<Fetched<Usage>> UsageAsync(
        CoveredWorkspace target,
        bool refresh,
        CancellationToken cancellationToken) =>
        cache.GetAsync(
            new CacheKey(CacheKind.Summary, target.WorkspaceId, "usage"),
            refresh,
            token => caller.CallAsync(
                target, "GET /v1/usage",
                async (api, workspace, bearer, ct) =>
                    (await api.GetUsageAsync(workspace, bearer, 0, CoroPaging.MinPageSize, ct)
                        .ConfigureAwait(false))
                    .Items.FirstOrDefault() ?? new Usage { WorkspaceId = workspace },
                token),
            cancellationToken);

    private static Task<TicketSummary> Summary(
        ICoroApi api,
        TicketSummaryComponent component,
        string workspace,
        string bearer,
        CancellationToken ct) =>
        component switch
        {
            TicketSummaryComponent.Emails => api.GetEmailsSummaryAsync(workspace, bearer, ct),
            TicketSummaryComponent.CloudApps => api.GetCloudAppsSummaryAsync(workspace, bearer, ct),
            TicketSummaryComponent.Users => api.GetUsersSummaryAsync(workspace, bearer, ct),
            TicketSummaryComponent.Devices => api.GetDevicesSummaryAsync(workspace, bearer, ct),
            _ => api.GetDataSummaryAsync(workspace, bearer, ct),
        };

    private static ComponentSummary ToComponent(
        TicketSummaryComponent component, string name, Fetched<TicketSummary> fetched) =>
        fetched.Value is { } summary
            ? new ComponentSummary(
                component, name, summary.OpenTickets, summary.ResolvedLast90Days, summary.TicketTypes,
                fetched.Status == FetchStatus.Stale ? fetched.Error : null,
                IsStale: fetched.Status == FetchStatus.Stale)
            : new ComponentSummary(component, name, 0, 0, [], fetched.Error);

    private static (FetchStatus Status, DateTimeOffset? AsOf,
        GatewayError? Error) Status<T>(Fetched<T> fetched) =>
        (fetched.Status, fetched.AsOf, fetched.Error);

    // Any part with a value makes the overview worth showing; its AsOf is the oldest part's. A part
    // that failed outright carries its own error, so only stale parts make the whole stale.
    private static Fetched<WorkspaceOverview> Combine(
        WorkspaceOverview overview, (FetchStatus Status, DateTimeOffset? AsOf, GatewayError? Error)[] parts)
    {
        var withValue = parts.Where(part => part.Status is FetchStatus.Ok or FetchStatus.Stale).ToArray();
        if (withValue.Length == 0)
        {
            var first = parts.First();
            return new Fetched<WorkspaceOverview>(first.Status, overview, null, first.Error);
        }
        var asOf = withValue.Min(part => part.AsOf) ?? DateTimeOffset.MinValue;
        var problem = parts.FirstOrDefault(part => part.Status == FetchStatus.Stale);
        return problem.Error is null
            ? Fetched<WorkspaceOverview>.Ok(overview, asOf)
            : Fetched<WorkspaceOverview>.Stale(overview, asOf, problem.Error);
    }
}
