namespace CoroDashboard.Simulator;

/// <summary>
/// Positions of a workspace's tickets, devices and users by id, so one item is found without a
/// scan. Built on first use; callers hold the workspace's lock and call <see cref="Invalidate"/>
/// after adding or removing items.
/// </summary>
internal sealed class WorkspaceIndex(SimulatedWorkspace workspace)
{
    private Dictionary<string, int>? _tickets;
    private Dictionary<string, int>? _devices;
    private Dictionary<string, int>? _users;

    public int TicketPosition(string id) => Find(_tickets ??= Build(workspace.Tickets, t => t.Id), id);

    public int DevicePosition(string code) =>
        Find(_devices ??= Build(workspace.Devices, d => d.EnrollmentCode), code);

    public int UserPosition(string id) => Find(_users ??= Build(workspace.Users, u => u.Id), id);

    public void Invalidate()
    {
        _tickets = null;
        _devices = null;
        _users = null;
    }

    private static int Find(Dictionary<string, int> positions, string key) =>
        positions.TryGetValue(key, out var position) ? position : -1;

    private static Dictionary<string, int> Build<T>(List<T> items, Func<T, string> key)
    {
        var positions = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            positions.TryAdd(key(items[i]), i);
        return positions;
    }
}
