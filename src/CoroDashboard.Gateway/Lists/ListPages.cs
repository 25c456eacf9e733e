using System.Security.Claims;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// One page of a list over one workspace or a workspace and its descendants: the caller's allowed
/// workspaces are fetched (cached snapshots, fanned out), merged, arranged and cut to the page.
/// Every workspace is accounted for in <see cref="ListPage{T}.Parts"/>.
/// </summary>
internal sealed class ListPages(
    Gatekeeper gatekeeper,
    AccessPolicy policy,
    CredentialResolver credentials,
    ListSnapshots snapshots,
    FanOut fanOut,
    AgentVersions agentVersions)
{
    public async Task<Fetched<ListPage<WorkspaceItem<T>>>> GetAsync<T>(
        ClaimsPrincipal user,
        ListQuery query,
        ListSource<T> source,
        ListArranger<T> arranger,
        CancellationToken cancellationToken)
        where T : class
    {
        var admission = await gatekeeper.AdmitAsync(user, query.WorkspaceId, cancellationToken)
            .ConfigureAwait(false);
        if (admission.Refusal is not null)
            return admission.Problem<ListPage<WorkspaceItem<T>>>();
        var hierarchy = admission.Hierarchy!;

        // Archived customers are left out below the workspace asked for, as the overview's totals
        // leave them out; an archived workspace asked for by itself still lists its rows.
        var workspaceIds = query.IncludeDescendants
            ? hierarchy.SelfAndDescendants(query.WorkspaceId)
                .Where(id => id == query.WorkspaceId || !IsArchived(hierarchy, id))
                .Where(id => policy.Allows(admission.Scope, hierarchy, id)).ToArray()
            : [query.WorkspaceId];
        var parts = await FetchAsync(source, hierarchy, workspaceIds, query.Refresh, cancellationToken)
            .ConfigureAwait(false);

        var rows = parts.Where(part => part.Rows is not null).Select(part => part.Rows!).ToArray();
        var arranged = arranger.Arrange(query, rows, new ListContext(agentVersions.Newest));
        var page = await PageAsync(query, arranged, parts.Select(part => part.Part).ToArray())
            .ConfigureAwait(false);
        return Combine(page, parts.Select(part => part.Part).ToArray(), query.IncludeDescendants);
    }

    private static bool IsArchived(ChannelHierarchy hierarchy, string id) =>
        hierarchy.Find(id) is { } workspace && ChannelHierarchy.IsArchived(workspace);

    private async Task<List<(WorkspacePart<int> Part, WorkspaceRows<T>? Rows)>> FetchAsync<T>(
        ListSource<T> source, ChannelHierarchy hierarchy, IReadOnlyList<string> workspaceIds, bool refresh,
        CancellationToken cancellationToken)
        where T : class
    {
        var results = new List<(WorkspacePart<int>, WorkspaceRows<T>?)>();
        var targets = new List<CoveredWorkspace>();
        foreach (var id in workspaceIds)
        {
            if (await credentials.ResolveAsync(hierarchy, id,
                cancellationToken).ConfigureAwait(false) is { } target)
                targets.Add(target);
            else
                results.Add((new WorkspacePart<int>(
                    id, FetchStatus.NotConnected, 0, null, Admission.NotConnectedError), null));
        }

        var fetched = fanOut.RunAsync(
            source.Name, targets,
            (target, token) => snapshots.GetAsync(source, target, refresh, token),
            cancellationToken);
        await foreach (var part in fetched.ConfigureAwait(false))
        {
            var rows = part.Value is { } snapshot
                ? new WorkspaceRows<T>(part.WorkspaceId, VisibleTree.DisplayName(hierarchy,
                    part.WorkspaceId), snapshot)
                : null;
            results.Add((new WorkspacePart<int>(
                part.WorkspaceId, part.Status, part.Value?.Count ?? 0, part.AsOf, part.Error), rows));
        }

        // Parts arrive in completion order; the page should not reshuffle between requests.
        var order = workspaceIds.Select((id, i) => (id, i)).ToDictionary(pair => pair.id, pair => pair.i);
        results.Sort((a, b) => order[a.Item1.WorkspaceId].CompareTo(order[b.Item1.WorkspaceId]));
        return results;
    }

    private static async Task<ListPage<WorkspaceItem<T>>> PageAsync<T>(
        ListQuery query, ArrangedRows<T> arranged, IReadOnlyList<WorkspacePart<int>> parts)
    {
        var size = Math.Clamp(query.PageSize, 1, 1000);
        var number = Math.Max(0, query.Page);
        var items = await arranged.PageAsync((long)number * size, size).ConfigureAwait(false);
        return new ListPage<WorkspaceItem<T>>(items, arranged.Count, number, size, parts);
    }

    private static Fetched<ListPage<WorkspaceItem<T>>> Combine<T>(
        ListPage<WorkspaceItem<T>> page, IReadOnlyList<WorkspacePart<int>> parts, bool manyWorkspaces)
    {
        var withRows = parts.Where(part => part.Status is FetchStatus.Ok or FetchStatus.Stale).ToArray();
        if (withRows.Length == 0 && parts.Count > 0)
        {
            var first = parts[0];
            return manyWorkspaces && parts.Count > 1
                ? new Fetched<ListPage<WorkspaceItem<T>>>(FetchStatus.Failed, page, null, first.Error)
                : new Fetched<ListPage<WorkspaceItem<T>>>(first.Status, null, null, first.Error);
        }
        var asOf = withRows.Min(part => part.AsOf) ?? DateTimeOffset.MinValue;
        var stale = withRows.FirstOrDefault(part => part.Status == FetchStatus.Stale);
        return stale?.Error is { } error
            ? Fetched<ListPage<WorkspaceItem<T>>>.Stale(page, asOf, error)
            : Fetched<ListPage<WorkspaceItem<T>>>.Ok(page, asOf);
    }
}
