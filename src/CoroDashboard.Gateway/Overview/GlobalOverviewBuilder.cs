using System.Security.Claims;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Counts;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Overview;

/// <summary>
/// Totals across every workspace the caller may see, and the customers that want attention
/// first: most open tickets, then most unprotected and outdated devices.
/// </summary>
internal sealed class GlobalOverviewBuilder(
    AccessPolicy policy,
    HierarchySource hierarchies,
    CountsStream counts)
{
    private const int AttentionListLength = 10;

    public async Task<Fetched<GlobalOverview>> BuildAsync(
        ClaimsPrincipal user, bool refresh, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeAsync(user, cancellationToken).ConfigureAwait(false);
        if (scope.IsEmpty)
        {
            policy.ReportNoAccess(user);
            return Fetched<GlobalOverview>.Problem(
                FetchStatus.Forbidden, new GatewayError("You do not have access to any workspace", []));
        }
        var hierarchy = await hierarchies.GetAsync(refresh, cancellationToken).ConfigureAwait(false);
        if (hierarchy.Value is not { } channel)
            return Fetched<GlobalOverview>.Problem(hierarchy.Status, hierarchy.Error!);

        var visible = policy.Visible(scope, channel).ToArray();
        var tree = VisibleTree.Build(channel, visible);
        var customers = visible
            .Where(id => channel.Find(id) is { } workspace
                && !ChannelHierarchy.IsArchived(workspace)
                && workspace.Type.Known != WorkspaceType.Channel)
            .ToArray();

        var parts = new List<WorkspacePart<WorkspaceFigures>>();
        await foreach (var part in counts.StreamAsync(user, customers, refresh, cancellationToken)
            .ConfigureAwait(false))
            parts.Add(part);

        return Summarise(tree, customers.Length, parts);
    }

    private Fetched<GlobalOverview> Summarise(
        WorkspaceTree tree, int workspaces, IReadOnlyList<WorkspacePart<WorkspaceFigures>> parts)
    {
        var counted = parts
            .Where(part => part.Value is not null)
            .Select(part => (Part: part, Counts: counts.ToCounts(part.Value)!))
            .ToArray();
        var attention = counted
            .Where(item =>
                item.Counts.OpenTickets + item.Counts.UnprotectedDevices + item.Counts.OutdatedDevices > 0)
            .OrderByDescending(item => item.Counts.OpenTickets)
            .ThenByDescending(item => item.Counts.UnprotectedDevices + item.Counts.OutdatedDevices)
            .Take(AttentionListLength)
            .Select(item => new WorkspaceAttention(
                tree.Find(item.Part.WorkspaceId)!, item.Counts.OpenTickets, item.Counts.UnprotectedDevices,
                item.Counts.OutdatedDevices))
            .ToArray();
        var failed = parts
            .Where(part => part.Value is null)
            .Select(part => new WorkspacePart<WorkspaceCounts>(part.WorkspaceId, part.Status, null,
                part.AsOf, part.Error))
            .ToArray();

        var overview = new GlobalOverview(
            workspaces,
            counted.Sum(item => item.Counts.Devices),
            counted.Sum(item => item.Counts.ProtectedUsers),
            counted.Sum(item => item.Counts.OpenTickets),
            attention,
            failed);
        var asOf = counted.Length == 0 ? DateTimeOffset.MinValue : counted.Min(item =>
            item.Part.AsOf) ?? DateTimeOffset.MinValue;
        var stale = counted.FirstOrDefault(item => item.Part.Status == FetchStatus.Stale).Part;
        return stale?.Error is { } error
            ? Fetched<GlobalOverview>.Stale(overview, asOf, error)
            : Fetched<GlobalOverview>.Ok(overview, asOf);
    }
}
