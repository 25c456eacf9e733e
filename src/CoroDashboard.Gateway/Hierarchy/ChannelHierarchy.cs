using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Hierarchy;

/// <summary>
/// Every workspace under the channel as Coro listed them, with each one's parent. It is the same
/// for every caller; what one caller may see of it is cut out later.
/// </summary>
internal sealed class ChannelHierarchy
{
    private readonly Dictionary<string, Workspace> _workspaces;
    private readonly Dictionary<string, string> _parents;
    private readonly Dictionary<string, List<string>> _children;

    public ChannelHierarchy(string channelId, IEnumerable<Workspace> workspaces)
    {
        ChannelId = channelId;
        _workspaces = [];
        foreach (var workspace in workspaces)
            _workspaces.TryAdd(workspace.Id, workspace);
        if (!_workspaces.ContainsKey(channelId))
            _workspaces[channelId] = new Workspace { Id = channelId, Type = WorkspaceType.Channel };

        _parents = FindParents(channelId, _workspaces);
        _children = _parents
            .GroupBy(pair => pair.Value, pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToList());
    }

    public string ChannelId { get; }

    public IEnumerable<Workspace> All => _workspaces.Values;

    public int Count => _workspaces.Count;

    public Workspace? Find(string id) => _workspaces.GetValueOrDefault(id);

    public string? ParentOf(string id) => _parents.GetValueOrDefault(id);

    public IReadOnlyList<string> ChildrenOf(string id) =>
        _children.TryGetValue(id, out var children) ? children : [];

    /// <summary>The workspace itself, then its parent, up to the channel.</summary>
    public IEnumerable<string> SelfAndAncestors(string id)
    {
        var seen = new HashSet<string>();
        for (string? current = id; current is not null && seen.Add(current); current = ParentOf(current))
            yield return current;
    }

    /// <summary>The workspace and everything below it.</summary>
    public IEnumerable<string> SelfAndDescendants(string id)
    {
        if (!_workspaces.ContainsKey(id))
            yield break;
        var seen = new HashSet<string>();
        var stack = new Stack<string>([id]);
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current))
                continue;
            yield return current;
            foreach (var child in ChildrenOf(current))
                stack.Push(child);
        }
    }

    public static bool IsArchived(Workspace workspace) =>
        workspace.Status?.Known == WorkspaceStatus.Archived;

    // Coro names parents on the child, children on the parent, or both; either is enough. A
    // workspace the channel listed whose parent is unknown still sits under the channel.
    private static Dictionary<string, string> FindParents(
        string channelId, Dictionary<string, Workspace> workspaces)
    {
        var parents = new Dictionary<string, string>();
        foreach (var workspace in workspaces.Values)
        {
            if (workspace.Id == channelId)
                continue;
            if (workspace.ParentWorkspaceId is { } parent && workspaces.ContainsKey(parent)
                && parent != workspace.Id)
                parents[workspace.Id] = parent;
        }
        foreach (var workspace in workspaces.Values)
            foreach (var child in workspace.Children)
                if (child != channelId && child != workspace.Id && workspaces.ContainsKey(child))
                    parents.TryAdd(child, workspace.Id);
        foreach (var workspace in workspaces.Values)
            if (workspace.Id != channelId)
                parents.TryAdd(workspace.Id, channelId);
        return parents;
    }
}
