using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Gateway.Hierarchy;

/// <summary>Cuts a caller's <see cref="WorkspaceTree"/> out of the channel's hierarchy.</summary>
internal static class VisibleTree
{
    public static WorkspaceTree Build(ChannelHierarchy hierarchy, IEnumerable<string> visibleIds)
    {
        var visible = visibleIds.ToHashSet(StringComparer.Ordinal);
        var roots = visible
            .Where(id => hierarchy.ParentOf(id) is not { } parent || !visible.Contains(parent))
            .OrderBy(id => id == hierarchy.ChannelId ? 0 : 1)
            .ThenBy(id => DisplayName(hierarchy, id), StringComparer.OrdinalIgnoreCase)
            .ToList();

        var nodes = new Dictionary<string, WorkspaceNode>(StringComparer.Ordinal);
        var stack = new Stack<(string Id, int Depth)>(roots.AsEnumerable().Reverse().Select(id => (id, 0)));
        while (stack.TryPop(out var item))
        {
            if (nodes.ContainsKey(item.Id))
                continue;
            var children = hierarchy.ChildrenOf(item.Id)
                .Where(visible.Contains)
                .OrderBy(id => DisplayName(hierarchy, id), StringComparer.OrdinalIgnoreCase)
                .ToList();
            nodes[item.Id] = Node(hierarchy, item.Id, item.Depth, children, visible);
            for (var i = children.Count - 1; i >= 0; i--)
                stack.Push((children[i], item.Depth + 1));
        }
        return new WorkspaceTree(nodes, roots);
    }

    public static string DisplayName(ChannelHierarchy hierarchy, string id) =>
        hierarchy.Find(id) is { } workspace
            ? workspace.DisplayName ?? workspace.CompanyName ?? workspace.Id
            : id;

    private static WorkspaceNode Node(
        ChannelHierarchy hierarchy,
        string id,
        int depth,
        IReadOnlyList<string> children,
        HashSet<string> visible)
    {
        var workspace = hierarchy.Find(id)!;
        var parent = hierarchy.ParentOf(id);
        return new WorkspaceNode(
            id,
            DisplayName(hierarchy, id),
            workspace.CompanyName,
            workspace.Domain,
            workspace.Type,
            parent is not null && visible.Contains(parent) ? parent : null,
            children,
            depth,
            ChannelHierarchy.IsArchived(workspace),
            workspace.ProtectedDevices);
    }
}
