using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Workspaces;

/// <summary>One workspace in the hierarchy the caller may see.</summary>
public sealed record WorkspaceNode(
    string Id,
    string Name,
    string? CompanyName,
    string? Domain,
    WireEnum<WorkspaceType> Type,
    string? ParentId,
    IReadOnlyList<string> ChildIds,
    int Depth,
    bool IsArchived,
    int? ProtectedDevices);

/// <summary>
/// The part of the channel's hierarchy visible to one caller: nodes by id, roots first. A node
/// whose parent the caller may not see is a root of its own.
/// </summary>
public sealed record WorkspaceTree(
    IReadOnlyDictionary<string, WorkspaceNode> Nodes, IReadOnlyList<string> RootIds)
{
    public WorkspaceNode? Find(string id) => Nodes.GetValueOrDefault(id);

    /// <summary>The workspace and every descendant of it that is in this tree, depth first.</summary>
    public IEnumerable<WorkspaceNode> Subtree(string id)
    {
        if (Find(id) is not { } start)
            yield break;
        var stack = new Stack<WorkspaceNode>([start]);
        while (stack.TryPop(out var node))
        {
            yield return node;
            for (var i = node.ChildIds.Count - 1; i >= 0; i--)
                if (Find(node.ChildIds[i]) is { } child)
                    stack.Push(child);
        }
    }

    /// <summary>The chain from the outermost visible ancestor down to the workspace (breadcrumbs).</summary>
    public IReadOnlyList<WorkspaceNode> PathTo(string id)
    {
        var path = new List<WorkspaceNode>();
        for (var node = Find(id); node is not null; node = node.ParentId is null ? null : Find(node.ParentId))
            path.Insert(0, node);
        return path;
    }
}

/// <summary>The figures shown per workspace in the hierarchy, filled in as they arrive.</summary>
public sealed record WorkspaceCounts(
    int Devices,
    int ProtectedUsers,
    int OpenTickets,
    int UnprotectedDevices,
    int OutdatedDevices,
    IReadOnlyList<string> Bundles);

/// <summary>One workspace's share of a view over many workspaces.</summary>
public sealed record WorkspacePart<T>(
    string WorkspaceId,
    Results.FetchStatus Status,
    T? Value,
    DateTimeOffset? AsOf,
    Results.GatewayError? Error);
