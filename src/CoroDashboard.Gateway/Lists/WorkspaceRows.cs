using System.Runtime.CompilerServices;

namespace CoroDashboard.Gateway.Lists;

/// <summary>One workspace's cached list, with the workspace's name attached to each row.</summary>
internal sealed record WorkspaceRows<T>(string WorkspaceId, string WorkspaceName, IReadOnlyList<T> Snapshot)
    where T : class
{
    private static readonly ConditionalWeakTable<IReadOnlyList<T>, WorkspaceItem<T>[]> Wrapped = new();

    /// <summary>
    /// The rows wrapped once per cached snapshot rather than once per request, so a warm view over
    /// many thousands of rows allocates nothing per row.
    /// </summary>
    public WorkspaceItem<T>[] Items => Wrapped.GetValue(
        Snapshot, rows => rows.Select(row => new WorkspaceItem<T>(WorkspaceId, WorkspaceName,
            row)).ToArray());
}
