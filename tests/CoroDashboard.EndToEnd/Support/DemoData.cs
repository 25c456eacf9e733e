using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator;

namespace CoroDashboard.EndToEnd.Support;

/// <summary>Facts about the demo MSP the tests look for, read from the simulator's dataset.</summary>
public sealed class DemoData(SimulatorDataset dataset)
{
    /// <summary>Active customers (child workspaces), in the order the simulator serves them.</summary>
    public IReadOnlyList<SimulatedWorkspace> Customers => dataset.Workspaces
        .Where(w => w.Info.Type.Known == WorkspaceType.Child && !w.IsArchived)
        .ToList();

    /// <summary>A customer with enough devices for three pages of the default page size.</summary>
    public SimulatedWorkspace CustomerWithManyDevices(int atLeast) =>
        Customers.First(w => w.Devices.Count >= atLeast && !w.AncestorAccessRevoked);

    public SimulatedWorkspace Workspace(string id) =>
        dataset.Find(id) ?? throw new InvalidOperationException($"No workspace {id} in the demo dataset.");
}

public static class SimulatedWorkspaceNames
{
    /// <summary>The name the dashboard shows for a workspace.</summary>
    public static string Name(this SimulatedWorkspace workspace) =>
        workspace.Info.DisplayName ?? workspace.Info.CompanyName ?? workspace.Id;
}
