using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// Each workspace's whole list (every page of 500), cached per workspace. One call when a
/// workspace has at most 500 rows; none while the snapshot is fresh.
/// </summary>
internal sealed class ListSnapshots(CoroCaller caller, ResponseCache cache, AgentVersions agentVersions)
{
    public async Task<Fetched<IReadOnlyList<T>>> GetAsync<T>(
        ListSource<T> source, CoveredWorkspace target, bool refresh, CancellationToken cancellationToken)
        where T : class
    {
        var fetched = await cache.GetAsync(
            new CacheKey(CacheKind.List, target.WorkspaceId, source.Name),
            refresh,
            token => caller.CallAsync(
                target,
                source.Route,
                (api, workspace, bearer, ct) => CoroPaging.ReadAllAsync<T>(
                    (page, size, pageToken) => source.ReadPage(api, workspace, bearer, page, size, pageToken),
                    CoroPaging.MaxPageSize,
                    ct),
                token),
            cancellationToken).ConfigureAwait(false);

        if (fetched.Value is IReadOnlyList<Device> devices)
            agentVersions.Observe(devices);
        return fetched;
    }
}
