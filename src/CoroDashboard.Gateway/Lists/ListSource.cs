using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// Everything the gateway needs to know about one kind of list: how to read a page from Coro,
/// which fields it sorts by (named as the API names them), which text a search looks at, and
/// what each filter means.
/// </summary>
internal sealed class ListSource<T>(
    string name,
    string route,
    Func<ICoroApi, string, string, int, int, CancellationToken, Task<Page<T>>> readPage,
    IReadOnlyDictionary<string, Func<T, IComparable?>> sortFields,
    Func<T, IEnumerable<string?>> searchText,
    Func<T, string, string, ListContext, bool?> filter)
{
    public string Name { get; } = name;

    public string Route { get; } = route;

    public Func<ICoroApi, string, string, int, int, CancellationToken,
        Task<Page<T>>> ReadPage { get; } = readPage;

    public Func<T, IEnumerable<string?>> SearchText { get; } = searchText;

    public Func<T, IComparable?>? SortField(string name) =>
        sortFields.TryGetValue(name, out var field) ? field : null;

    /// <summary>True or false for a filter this list knows; null for one it does not.</summary>
    public bool? Matches(T item, string filterName, string value, ListContext context) =>
        filter(item, filterName, value, context);
}

/// <summary>Facts about the whole channel that some filters need (for example "outdated").</summary>
internal sealed record ListContext(string? NewestAgentVersion);
