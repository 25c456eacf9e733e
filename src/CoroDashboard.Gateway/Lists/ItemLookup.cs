using System.Security.Claims;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// One device, protected user or ticket of one workspace: found in the workspace's cached list,
/// else (for items Coro can return one by one, unless Coro refused the workspace) asked of Coro
/// directly.
/// </summary>
internal sealed class ItemLookup(
    Gatekeeper gatekeeper, ListSnapshots snapshots, CoroCaller caller, TimeProvider clock)
{
    public async Task<Fetched<WorkspaceItem<T>>> FindAsync<T>(
        ClaimsPrincipal user,
        string workspaceId,
        ListSource<T> source,
        Func<T, bool> isWanted,
        (string Route, Func<Coro.ICoroApi, string, string, CancellationToken, Task<T>> Call)? direct,
        CancellationToken cancellationToken)
        where T : class
    {
        var admission = await gatekeeper.AdmitAsync(user, workspaceId, cancellationToken)
            .ConfigureAwait(false);
        if (admission.Refusal is not null)
            return admission.Problem<WorkspaceItem<T>>();
        if (admission.Target is not { } target)
            return Fetched<WorkspaceItem<T>>.Problem(FetchStatus.NotConnected, Admission.NotConnectedError);
        var name = VisibleTree.DisplayName(admission.Hierarchy!, workspaceId);

        var list = await snapshots.GetAsync(source, target, refresh: false, cancellationToken)
            .ConfigureAwait(false);
        if (list.Value?.FirstOrDefault(isWanted) is { } found)
            return list.Map(_ => new WorkspaceItem<T>(workspaceId, name, found));
        // Coro refusing the list refuses its items too, and that refusal is remembered with the
        // list; asking for the item directly would only meet the same 403 on every look.
        if (direct is null || list.Status == FetchStatus.NotConnected)
            return list.HasValue
                ? Fetched<WorkspaceItem<T>>.Problem(FetchStatus.NotFound, new GatewayError("No such item",
                    []))
                : Fetched<WorkspaceItem<T>>.Problem(list.Status,
                    list.Error ?? new GatewayError("Coro failed", []));

        var outcome = await caller.CallAsync(target, direct.Value.Route, direct.Value.Call, cancellationToken)
            .ConfigureAwait(false);
        return outcome.IsOk
            ? Fetched<WorkspaceItem<T>>.Ok(new WorkspaceItem<T>(workspaceId, name, outcome.Value!),
                clock.GetUtcNow())
            : Fetched<WorkspaceItem<T>>.Problem(outcome.Status, outcome.Error!);
    }
}
