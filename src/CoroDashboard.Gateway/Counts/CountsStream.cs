using System.Runtime.CompilerServices;
using System.Security.Claims;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Counts;

/// <summary>
/// Streams counts for many workspaces: refusals and unconnected workspaces first (they cost
/// nothing), then each counted workspace as it completes.
/// </summary>
internal sealed class CountsStream(
    AccessPolicy policy,
    HierarchySource hierarchies,
    CredentialResolver credentials,
    CountsSource counts,
    FanOut fanOut,
    AgentVersions agentVersions)
{
    public async IAsyncEnumerable<WorkspacePart<WorkspaceFigures>> StreamAsync(
        ClaimsPrincipal user,
        IReadOnlyCollection<string> workspaceIds,
        bool refresh,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeAsync(user, cancellationToken).ConfigureAwait(false);
        var ids = workspaceIds.Distinct(StringComparer.Ordinal).ToArray();
        var hierarchy = scope.IsEmpty
            ? null
            : await hierarchies.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);

        var targets = new List<CoveredWorkspace>();
        foreach (var id in ids)
        {
            if (Refuse(user, scope, hierarchy, id) is { } refused)
            {
                yield return refused;
                continue;
            }
            var target = await credentials.ResolveAsync(hierarchy!.Value!, id, cancellationToken)
                .ConfigureAwait(false);
            if (target is null)
                yield return new WorkspacePart<WorkspaceFigures>(
                    id, FetchStatus.NotConnected, null, null, Admission.NotConnectedError);
            else
                targets.Add(target);
        }

        var parts = fanOut.RunAsync(
            "counts", targets, (target, token) => counts.GetAsync(target, refresh, token), cancellationToken);
        await foreach (var part in parts.ConfigureAwait(false))
            yield return part;
    }

    public WorkspaceCounts? ToCounts(WorkspaceFigures? figures) => figures?.ToCounts(agentVersions.Newest);

    private WorkspacePart<WorkspaceFigures>? Refuse(
        ClaimsPrincipal user, AccessScope scope, Fetched<ChannelHierarchy>? hierarchy, string id)
    {
        if (hierarchy is null || policy.DeniesOutright(scope, id))
            return Denied(user, id);
        if (hierarchy.Value is not { } channel)
            return new WorkspacePart<WorkspaceFigures>(id, hierarchy.Status, null, null, hierarchy.Error);
        return policy.Decide(scope, channel, id) switch
        {
            AccessDecision.Forbidden => Denied(user, id),
            AccessDecision.NotFound => new WorkspacePart<WorkspaceFigures>(
                id, FetchStatus.NotFound, null, null, new GatewayError("No such workspace", [])),
            _ => null,
        };
    }

    private WorkspacePart<WorkspaceFigures> Denied(ClaimsPrincipal user, string id)
    {
        policy.ReportDenied(user, id);
        return new WorkspacePart<WorkspaceFigures>(
            id, FetchStatus.Forbidden, null, null,
                new GatewayError("You do not have access to this workspace", []));
    }
}
