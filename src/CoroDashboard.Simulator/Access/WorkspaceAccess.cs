namespace CoroDashboard.Simulator.Access;

/// <summary>
/// Coro's reach rule: a credential created in workspace C acts on C and the workspaces below it,
/// except below a workspace flagged <see cref="SimulatedWorkspace.AncestorAccessRevoked"/>, which
/// only its own credential reaches.
/// </summary>
internal static class WorkspaceAccess
{
    public static bool CanAct(SimulatorDataset dataset, SimulatorCredential credential, SimulatedWorkspace target)
    {
        for (var current = target; current is not null; current = Parent(dataset, current))
        {
            if (current.Id == credential.WorkspaceId)
                return true;
            if (current.AncestorAccessRevoked)
                return false;
        }
        return false;
    }

    private static SimulatedWorkspace? Parent(SimulatorDataset dataset, SimulatedWorkspace workspace) =>
        workspace.Info.ParentWorkspaceId is { } parent ? dataset.Find(parent) : null;
}
