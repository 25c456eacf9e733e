namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// The rows of one list query after search and filters, and any page of them in sort order. A
/// page near the top is picked out without sorting every row (a pass that keeps only the best
/// few), and the full order is then built in the background for the pages further down, so the
/// first page of a sort over a hundred thousand rows does not wait for all of them to be sorted.
/// </summary>
internal sealed class ArrangedRows<T>
{
    // Picking out the top rows pays off while they are a small share of all rows.
    private const int SelectionShare = 8;

    private readonly WorkspaceItem<T>[] _rows;
    private readonly SortKey[]? _keys;
    private readonly SortKeyComparer? _comparer;
    private readonly Lock _gate = new();
    private Task<WorkspaceItem<T>[]>? _sorted;

    private ArrangedRows(WorkspaceItem<T>[] rows, SortKey[]? keys, SortKeyComparer? comparer)
    {
        _rows = rows;
        _keys = keys;
        _comparer = comparer;
    }

    public int Count => _rows.Length;

    /// <summary>Rows in the order they came (no sort field).</summary>
    public static ArrangedRows<T> Unsorted(WorkspaceItem<T>[] rows) => new(rows, null, null);

    public static ArrangedRows<T> Sorted(
        WorkspaceItem<T>[] rows, Func<WorkspaceItem<T>, IComparable?> field, bool descending)
    {
        var keys = new SortKey[rows.Length];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = SortKey.Of(field(rows[i]), i);
        return new ArrangedRows<T>(rows, keys, new SortKeyComparer(descending));
    }

    public async ValueTask<WorkspaceItem<T>[]> PageAsync(long skip, int take)
    {
        if (skip >= _rows.Length || take <= 0)
            return [];
        if (_keys is null)
            return Slice(_rows, (int)skip, take);

        var wanted = (int)Math.Min(skip + take, _rows.Length);
        var sorted = _sorted;
        if (sorted is not { IsCompletedSuccessfully: true } && wanted <= _rows.Length / SelectionShare)
        {
            var top = Top(wanted);
            _ = FullOrder();
            return [.. top.Skip((int)skip)];
        }
        return Slice(await FullOrder().ConfigureAwait(false), (int)skip, take);
    }

    private Task<WorkspaceItem<T>[]> FullOrder()
    {
        lock (_gate)
            return _sorted ??= Task.Run(SortAll);
    }

    private WorkspaceItem<T>[] SortAll()
    {
        var keys = (SortKey[])_keys!.Clone();
        Array.Sort(keys, _comparer);
        return Rows(keys);
    }

    /// <summary>The first <paramref name="count"/> rows in sort order, from one pass over all keys.</summary>
    private WorkspaceItem<T>[] Top(int count)
    {
        var comparer = _comparer!;
        var worstFirst = new PriorityQueue<SortKey, SortKey>(
            count, Comparer<SortKey>.Create((x, y) => comparer.Compare(y, x)));
        foreach (var key in _keys!)
        {
            if (worstFirst.Count < count)
                worstFirst.Enqueue(key, key);
            else if (comparer.Compare(key, worstFirst.Peek()) < 0)
                worstFirst.DequeueEnqueue(key, key);
        }

        var best = new SortKey[worstFirst.Count];
        for (var i = best.Length - 1; i >= 0; i--)
            best[i] = worstFirst.Dequeue();
        return Rows(best);
    }

    private WorkspaceItem<T>[] Rows(SortKey[] keys)
    {
        var rows = new WorkspaceItem<T>[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            rows[i] = _rows[keys[i].Index];
        return rows;
    }

    private static WorkspaceItem<T>[] Slice(WorkspaceItem<T>[] rows, int skip, int take) =>
        rows.AsSpan(skip, Math.Min(take, rows.Length - skip)).ToArray();
}
