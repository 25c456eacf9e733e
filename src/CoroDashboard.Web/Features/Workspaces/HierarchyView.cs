using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Features.Workspaces;

/// <summary>
/// Turns the visible hierarchy into the rows the page shows: as a tree (expand and collapse,
/// with the ancestors of every match kept for context) or as a flat list sorted by name.
/// Descendant counts are of the whole visible hierarchy, not of the filtered rows.
/// </summary>
public sealed class HierarchyView
{
    private readonly WorkspaceTree _tree;
    private readonly Dictionary<string, int> _descendants = new(StringComparer.Ordinal);

    public HierarchyView(WorkspaceTree tree)
    {
        _tree = tree;
        foreach (var root in tree.RootIds)
            CountBelow(root);
    }

    public WorkspaceTree Tree => _tree;

    public int DescendantsOf(string id) => _descendants.GetValueOrDefault(id);

    /// <summary>
    /// The workspaces open when a filter is chosen: every shown parent when the filter narrows
    /// (so each match is in view), else the top two levels.
    /// </summary>
    public HashSet<string> ExpandedFor(WorkspaceFilter filter)
    {
        var shown = Relevant(filter);
        return _tree.Nodes.Values
            .Where(node => shown.Contains(node.Id) && node.ChildIds.Any(shown.Contains))
            .Where(node => filter.Narrows || Level(node) < 2)
            .Select(node => node.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The tree rows, depth first: the workspaces the filter keeps and their ancestors (shown for
    /// context, not as matches); children only below an expanded workspace.
    /// </summary>
    public IReadOnlyList<WorkspaceRow> TreeRows(WorkspaceFilter filter, IReadOnlySet<string> expanded)
    {
        var shown = Relevant(filter);
        var rows = new List<WorkspaceRow>();
        foreach (var rootId in SortedIds(_tree.RootIds))
            AddRows(rootId, 0, filter, expanded, shown, rows);
        return rows;
    }

    /// <summary>Every workspace the filter keeps, by name.</summary>
    public IReadOnlyList<WorkspaceRow> ListRows(WorkspaceFilter filter) =>
        _tree.Nodes.Values.Where(filter.Keeps)
            .OrderBy(node => node.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .Select(node => new WorkspaceRow(node, 0, false, false, DescendantsOf(node.Id), true))
            .ToList();

    private void AddRows(string id, int level, WorkspaceFilter filter, IReadOnlySet<string> expanded,
        HashSet<string> shown, List<WorkspaceRow> rows)
    {
        if (!shown.Contains(id) || _tree.Find(id) is not { } node)
            return;

        var children = SortedIds(node.ChildIds).Where(shown.Contains).ToList();
        var open = children.Count > 0 && expanded.Contains(id);
        rows.Add(new WorkspaceRow(
            node, level, children.Count > 0, open, DescendantsOf(id), filter.Keeps(node)));
        if (!open)
            return;
        foreach (var child in children)
            AddRows(child, level + 1, filter, expanded, shown, rows);
    }

    // Matches and all their ancestors.
    private HashSet<string> Relevant(WorkspaceFilter filter)
    {
        var relevant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in _tree.Nodes.Values.Where(filter.Keeps))
            for (var current = node; current is not null && relevant.Add(current.Id);
                 current = current.ParentId is null ? null : _tree.Find(current.ParentId))
            {
            }
        return relevant;
    }

    private IEnumerable<string> SortedIds(IEnumerable<string> ids) =>
        ids.Select(_tree.Find).OfType<WorkspaceNode>()
            .OrderBy(node => node.Type.Known == Coro.Wire.WorkspaceType.Channel ? 0 : 1)
            .ThenBy(node => node.Name, StringComparer.OrdinalIgnoreCase)
            .Select(node => node.Id);

    private int Level(WorkspaceNode node) => _tree.PathTo(node.Id).Count - 1;

    private int CountBelow(string id)
    {
        var node = _tree.Find(id);
        var total = 0;
        if (node is not null)
            foreach (var child in node.ChildIds.Where(c => _tree.Find(c) is not null))
                total += 1 + CountBelow(child);
        _descendants[id] = total;
        return total;
    }
}
