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
    /// the first answer's <c>totalElements</c> or a page comes back empty, never earlier, so the
    /// last row is never lost, even when Coro serves smaller pages than asked. Every page that
    /// does not stop the read adds at least one row, so a fixed total bounds the number of pages.
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

            if (answer.Items.Count == 0 || rows.Count >= total.Value)
                return rows;
        }
    }
}
