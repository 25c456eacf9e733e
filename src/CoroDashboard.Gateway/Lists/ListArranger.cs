using System.Collections.Concurrent;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// Searches, filters and sorts the rows of one or many workspaces in memory. The arranged order
/// is kept for a few recent queries, tied to the exact snapshots it came from, so paging through
/// a sorted view of many thousands of rows sorts once.
/// </summary>
internal sealed class ListArranger<T>(ListSource<T> source) where T : class
{
    private const int RememberedViews = 32;

    private readonly ConcurrentDictionary<string, ArrangedView> _views = new();

    public ArrangedRows<T> Arrange(
        ListQuery query, IReadOnlyList<WorkspaceRows<T>> parts, ListContext context)
    {
        var key = ViewKey(query, context);
        var snapshots = parts.Select(part => (object)part.Snapshot).ToArray();
        if (_views.TryGetValue(key, out var known) && known.Matches(snapshots))
            return known.Rows;

        var rows = Order(query, Filter(query, parts, context));
        if (_views.Count >= RememberedViews)
            _views.Clear();
        _views[key] = new ArrangedView(snapshots, rows);
        return rows;
    }

    private WorkspaceItem<T>[] Filter(
        ListQuery query,
        IReadOnlyList<WorkspaceRows<T>> parts,
        ListContext context)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var filters = query.Filters?.Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToArray() ?? [];
        if (search is null && filters.Length == 0)
            return Everything(parts);

        var rows = new List<WorkspaceItem<T>>();
        foreach (var part in parts)
        {
            var nameMatches = search is not null
                && part.WorkspaceName.Contains(search, StringComparison.OrdinalIgnoreCase);
            foreach (var row in part.Items)
                if ((search is null || nameMatches || Contains(row.Item, search)) && Passes(row.Item,
                    filters, context))
                    rows.Add(row);
        }
        return [.. rows];
    }

    // Without search or filters every row stays: copying whole parts skips a test per row.
    private static WorkspaceItem<T>[] Everything(IReadOnlyList<WorkspaceRows<T>> parts)
    {
        var rows = new WorkspaceItem<T>[parts.Sum(part => part.Items.Length)];
        var next = 0;
        foreach (var part in parts)
        {
            part.Items.CopyTo(rows, next);
            next += part.Items.Length;
        }
        return rows;
    }

    private bool Contains(T item, string search)
    {
        foreach (var text in source.SearchText(item))
            if (text is not null && text.Contains(search, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private bool Passes(T item, KeyValuePair<string, string>[] filters, ListContext context)
    {
        foreach (var (name, value) in filters)
            if (source.Matches(item, name, value.Trim(), context) == false)
                return false;
        return true;
    }

    private ArrangedRows<T> Order(ListQuery query, WorkspaceItem<T>[] rows)
    {
        var field = query.SortBy is null ? null : SortField(query.SortBy);
        return field is null
            ? ArrangedRows<T>.Unsorted(rows)
            : ArrangedRows<T>.Sorted(rows, field, query.SortDescending);
    }

    private Func<WorkspaceItem<T>, IComparable?>? SortField(string name)
    {
        if (name.Equals("workspace", StringComparison.OrdinalIgnoreCase)
            || name.Equals("workspaceName", StringComparison.OrdinalIgnoreCase))
            return row => row.WorkspaceName;
        return source.SortField(name) is { } field ? row => field(row.Item) : null;
    }

    private static string ViewKey(ListQuery query, ListContext context)
    {
        var filters = query.Filters is null
            ? ""
            : string.Join('&', query.Filters.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => $"{pair.Key}={pair.Value}"));
        return string.Join('\u001f',
            query.Search?.Trim() ?? "", filters, query.SortBy ?? "", query.SortDescending,
            context.NewestAgentVersion ?? "");
    }

    private sealed record ArrangedView(object[] Snapshots, ArrangedRows<T> Rows)
    {
        public bool Matches(object[] snapshots) =>
            snapshots.Length == Snapshots.Length
            && snapshots.Select((snapshot, i) => ReferenceEquals(snapshot, Snapshots[i])).All(same => same);
    }
}
