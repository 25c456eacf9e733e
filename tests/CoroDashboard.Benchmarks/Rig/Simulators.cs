using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Rig;

/// <summary>Starts the simulator in this process, on a free loopback port, with injected latency.</summary>
internal static class Simulators
{
    public static Task<RunningSimulator> StartAsync(string preset, int latencyMs) =>
        SimulatorApp.StartAsync(new SimulatorOptions
        {
            Preset = preset,
            Faults = new FaultSettings { LatencyMs = latencyMs },
        });

    /// <summary>Sets how long tokens issued from now on live; null restores Coro's 24 hours.</summary>
    public static void SetTokenLifetime(this RunningSimulator simulator, int? seconds)
    {
        var faults = simulator.Faults;
        faults.TokenLifetimeSeconds = seconds;
        simulator.Faults = faults;
    }

    /// <summary>Customers with devices that the channel's credentials may reach, in dataset order.</summary>
    public static IReadOnlyList<SimulatedWorkspace> ConnectedCustomers(this RunningSimulator simulator) =>
        [.. simulator.Dataset.Workspaces.Where(workspace =>
            workspace.Info.Type.Known == Coro.Wire.WorkspaceType.Child
            && workspace.Devices.Count > 0
            && !workspace.AncestorAccessRevoked)];

    /// <summary>The credential the gateway picks: the workspace's own, else the nearest ancestor's.</summary>
    public static SimulatorCredential? CoveringCredential(
        this RunningSimulator simulator, string workspaceId)
    {
        for (var current = simulator.Dataset.Find(workspaceId); current is not null;
             current = current.Info.ParentWorkspaceId is { } parent ? simulator.Dataset.Find(parent) : null)
        {
            if (simulator.Credentials.FirstOrDefault(c => c.WorkspaceId == current.Id) is { } own)
                return own;
        }
        return null;
    }
}
