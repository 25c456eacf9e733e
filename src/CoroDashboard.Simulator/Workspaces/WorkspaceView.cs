using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Workspaces;

/// <summary>A workspace record as served: its children and protected device count filled in.</summary>
internal static class WorkspaceView
{
    public static Workspace Of(SimulatorDataset dataset, SimulatedWorkspace workspace)
    {
        int protectedDevices;
        Workspace info;
        lock (workspace.Sync)
        {
            info = workspace.Info;
            protectedDevices = 0;
            foreach (var device in workspace.Devices)
                if (device.ProtectionEnabled != false)
                    protectedDevices++;
        }
        return info with
        {
            Children = dataset.ChildrenOf(workspace.Id),
            ProtectedDevices = protectedDevices,
            Status = info.Status ?? WorkspaceStatus.Active,
        };
    }
}
