using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro;

/// <summary>Coro's paging rules in one place: zero-based pages, sizes from 10 to 500.</summary>
public static class CoroPaging
{
    public const int MinPageSize = 10;
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 20;

    /// <summary>Keeps a requested page size inside the range Coro accepts.</summary>
    public static int ClampPageSize(int pageSize) => Math.Clamp(pageSize, MinPageSize, MaxPageSize);

    /// <summary>
    /// Reads every page of a list, largest pages first. It stops when the rows collected reach
    /// <c>totalElements</c> or a page comes back empty, never earlier, so the last row is never lost;
    /// and it never asks for more pages than the first answer's total allows, so a server that keeps
    /// answering cannot loop it forever.
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        Func<int, int, CancellationToken, Task<Page<T>>> fetchPage,
        int pageSize = MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        pageSize = ClampPageSize(pageSize);
        var rows = new List<T>();
        long? total = null;

        for (var page = 0; ; page++)
        {
            var answer = await fetchPage(page, pageSize, cancellationToken).ConfigureAwait(false);
            total ??= answer.TotalElements;
            rows.AddRange(answer.Items);

            var lastPossiblePage = (int)Math.Max(0, (total.Value - 1) / pageSize);
            if (answer.Items.Count == 0 || rows.Count >= total.Value || page >= lastPossiblePage + 1)
                return rows;
        }
    }
}
