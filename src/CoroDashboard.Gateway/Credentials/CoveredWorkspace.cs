namespace CoroDashboard.Gateway.Credentials;

/// <summary>
/// A workspace paired with the credential that covers it. Only <see cref="CredentialResolver"/>
/// makes these, after checking the credential's workspace is the workspace or one of its
/// ancestors, so a call can never carry a token for a workspace its credential does not cover.
/// </summary>
internal sealed class CoveredWorkspace
{
    internal CoveredWorkspace(string workspaceId, CoroCredential credential)
    {
        WorkspaceId = workspaceId;
        Credential = credential;
    }

    public string WorkspaceId { get; }

    public CoroCredential Credential { get; }

    /// <summary>
    /// True when the credential was created in an ancestor rather than the workspace itself.
    /// </summary>
    public bool IsInherited => Credential.WorkspaceId != WorkspaceId;
}
