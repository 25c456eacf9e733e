namespace CoroDashboard.Simulator;

/// <summary>An API credential as Coro issues it: it acts on its workspace and the workspaces below.</summary>
public sealed record SimulatorCredential(string ClientId, string ClientSecret, string WorkspaceId)
{
    // A record prints every property; the secret must not reach a log through ToString.
    public override string ToString() =>
        $"SimulatorCredential {{ ClientId = {ClientId}, WorkspaceId = {WorkspaceId} }}";
}
