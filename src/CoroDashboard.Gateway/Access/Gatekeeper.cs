using System.Security.Claims;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Access;

/// <summary>
/// The first step of every gateway call that names a workspace: the caller's scope, the policy's
/// decision, then the credential that covers the workspace. A refusal is logged and nothing of
/// the workspace's own data is read.
/// </summary>
internal sealed class Gatekeeper(
    AccessPolicy policy,
    HierarchySource hierarchies,
    CredentialResolver credentials)
{
    public async Task<Admission> AdmitAsync(
        ClaimsPrincipal user, string workspaceId, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeAsync(user, cancellationToken).ConfigureAwait(false);
        if (policy.DeniesOutright(scope, workspaceId))
            return Deny(user, workspaceId, scope);

        var hierarchy = await hierarchies.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        if (hierarchy.Value is not { } channel)
            return Admission.Refused(hierarchy.Status, hierarchy.Error, scope);

        switch (policy.Decide(scope, channel, workspaceId))
        {
            case AccessDecision.Forbidden:
                return Deny(user, workspaceId, scope);
            case AccessDecision.NotFound:
                return Admission.Refused(FetchStatus.NotFound, null, scope);
        }

        var target = await credentials.ResolveAsync(channel, workspaceId, cancellationToken)
            .ConfigureAwait(false);
        return new Admission(null, null, scope, channel, target);
    }

    private Admission Deny(ClaimsPrincipal user, string workspaceId, AccessScope scope)
    {
        policy.ReportDenied(user, workspaceId);
        return Admission.Refused(FetchStatus.Forbidden, null, scope);
    }
}
