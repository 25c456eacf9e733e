using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Hierarchy;

/// <summary>
/// Lists the channel's workspaces with the channel's own credential and caches the result. A
/// sub-channel whose children did not come back in the channel's answer is listed in turn.
/// </summary>
internal sealed class HierarchySource(CredentialResolver credentials, CoroCaller caller, ResponseCache cache)
{
    private const string Route = "GET /v1/workspaces";

    public async Task<Fetched<ChannelHierarchy>> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        var channelId = await credentials.ChannelIdAsync(cancellationToken).ConfigureAwait(false);
        if (channelId is null)
            return NotConnected("No Coro credential is configured");
        var channel = await credentials.OwnAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (channel is null)
            return NotConnected("No Coro credential was created in the channel workspace");

        return await cache.GetAsync(
            new CacheKey(CacheKind.Hierarchy, channelId, "hierarchy"),
            refresh,
            token => ListAsync(channel, token),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<CallOutcome<ChannelHierarchy>> ListAsync(
        CoveredWorkspace channel, CancellationToken cancellationToken)
    {
        var first = await caller.CallAsync(
            channel, Route, (api, workspace, token, ct) => api.GetWorkspacesAsync(workspace, token, ct),
            cancellationToken).ConfigureAwait(false);
        if (!first.IsOk)
            return first.Cast<ChannelHierarchy>();

        var found = first.Value!.Items.ToDictionary(workspace => workspace.Id, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal) { channel.WorkspaceId };
        while (NextUnlisted(found, listed) is { } subChannel)
        {
            listed.Add(subChannel);
            var below = await caller.CallAsync(
                new CoveredWorkspace(subChannel, channel.Credential), Route,
                (api, workspace, token, ct) => api.GetWorkspacesAsync(workspace, token, ct),
                cancellationToken).ConfigureAwait(false);
            foreach (var workspace in below.Value?.Items ?? [])
                found.TryAdd(workspace.Id, workspace);
        }
        return CallOutcome<ChannelHierarchy>.Ok(new ChannelHierarchy(channel.WorkspaceId, found.Values));
    }

    // Every workspace listed here sits below the channel, so the channel's credential covers it.
    private static string? NextUnlisted(Dictionary<string, Workspace> found, HashSet<string> listed) =>
        found.Values
            .Where(workspace => !listed.Contains(workspace.Id))
            .FirstOrDefault(workspace => workspace.Children.Any(child => !found.ContainsKey(child)))
            ?.Id;

    private static Fetched<ChannelHierarchy> NotConnected(string reason) =>
        Fetched<ChannelHierarchy>.Problem(FetchStatus.NotConnected, new GatewayError(reason, []));
}
