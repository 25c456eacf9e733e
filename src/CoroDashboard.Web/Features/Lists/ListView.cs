using System.Collections.Immutable;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// What a list shows, apart from where it is paged to: search text, sort and filters. A change
/// here sends the list back to its first page.
/// </summary>
public sealed record ListView(
    string? Search,
    string? Sort,
    bool Descending,
    ImmutableSortedDictionary<string, string> Filters)
{
    public static ListView Empty { get; } =
        new(null, null, false,
            ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    public ListView WithFilter(string name, string? value) =>
        this with
        {
            Filters = string.IsNullOrEmpty(value) ? Filters.Remove(name) : Filters.SetItem(name, value),
        };

    public string? Filter(string name) => Filters.GetValueOrDefault(name);

    // Records compare dictionaries by reference; two views with the same filters are the same view.
    public bool Equals(ListView? other) =>
        other is not null
        && Search == other.Search
        && Sort == other.Sort
        && Descending == other.Descending
        && Filters.SequenceEqual(other.Filters);

    public override int GetHashCode() => HashCode.Combine(Search, Sort, Descending, Filters.Count);
}

/// <summary>The whole state of a list as its URL holds it; <see cref="Page"/> is zero-based.</summary>
public sealed record ListState(ListView View, int Page, int Size, ItemRef? Item)
{
    public const int DefaultSize = 25;

    public static IReadOnlyList<int> Sizes { get; } = [10, 25, 50, 100];

    public static ListState Initial { get; } = new(ListView.Empty, 0, DefaultSize, null);

    /// <summary>True when both show the same rows (the open detail aside).</summary>
    public bool SameRows(ListState other) =>
        View.Equals(other.View) && Page == other.Page && Size == other.Size;
}

/// <summary>An item of a list: the workspace it lives in and its id there.</summary>
public sealed record ItemRef(string WorkspaceId, string Id);
