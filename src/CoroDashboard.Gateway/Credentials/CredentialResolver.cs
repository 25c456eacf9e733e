using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Hierarchy;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Credentials;

/// <summary>
/// Finds the credential that covers a workspace: its own, else its nearest ancestor's. No match
/// means the workspace is not connected, which is not an error.
/// </summary>
internal sealed class CredentialResolver(
    ICoroCredentialSource source,
    IOptionsMonitor<CoroGatewayOptions> options)
{
    /// <summary>The root of the hierarchy: configured, or the workspace of the first credential.</summary>
    public async ValueTask<string?> ChannelIdAsync(CancellationToken cancellationToken)
    {
        if (options.CurrentValue.ChannelWorkspaceId is { Length: > 0 } configured)
            return configured;
        var credentials = await source.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return credentials.Count > 0 ? credentials[0].WorkspaceId : null;
    }

    /// <summary>The credential created in exactly this workspace (used to list the hierarchy).</summary>
    public async ValueTask<CoveredWorkspace?> OwnAsync(
        string workspaceId,
        CancellationToken cancellationToken)
    {
        var credentials = await source.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var own = credentials.FirstOrDefault(credential => credential.WorkspaceId == workspaceId);
        return own is null ? null : new CoveredWorkspace(workspaceId, own);
    }

    public async ValueTask<CoveredWorkspace?> ResolveAsync(
        ChannelHierarchy hierarchy, string workspaceId, CancellationToken cancellationToken)
    {
        var credentials = await source.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return Resolve(hierarchy, workspaceId, credentials);
    }

    public static CoveredWorkspace? Resolve(
        ChannelHierarchy hierarchy, string workspaceId, IReadOnlyList<CoroCredential> credentials)
    {
        if (hierarchy.Find(workspaceId) is null)
            return null;
        foreach (var candidate in hierarchy.SelfAndAncestors(workspaceId))
        {
            var credential = credentials.FirstOrDefault(item => item.WorkspaceId == candidate);
            if (credential is not null)
                return new CoveredWorkspace(workspaceId, credential);
        }
        return null;
    }
}
