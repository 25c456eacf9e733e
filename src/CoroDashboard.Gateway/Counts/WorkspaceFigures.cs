using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Counts;

/// <summary>
/// A workspace's figures as fetched. Agent versions are kept as a tally, because whether a device
/// is outdated depends on the newest version in the whole channel, which can rise after this
/// workspace was counted.
/// </summary>
internal sealed record WorkspaceFigures(
    int Devices,
    int ProtectedUsers,
    int OpenTickets,
    int UnprotectedDevices,
    IReadOnlyDictionary<string, int> AgentVersionTally,
    IReadOnlyList<string> Bundles)
{
    public WorkspaceCounts ToCounts(string? newestAgentVersion) => new(
        Devices,
        ProtectedUsers,
        OpenTickets,
        UnprotectedDevices,
        newestAgentVersion is null
            ? 0
            : AgentVersionTally.Where(pair => VersionKey.Compare(pair.Key,
                newestAgentVersion) < 0).Sum(pair => pair.Value),
        Bundles);
}
