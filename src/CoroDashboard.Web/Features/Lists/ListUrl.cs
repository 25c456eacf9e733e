using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// Reads and writes a list's state in the query string, so a reload or a shared link lands on the
/// same view. The page is one-based in the URL; defaults are left out.
/// </summary>
public static class ListUrl
{
    public const string Page = "page";
    public const string Size = "size";
    public const string Search = "q";
    public const string Sort = "sort";
    public const string Descending = "desc";
    public const string Item = "item";
    public const string ItemWorkspace = "itemWorkspace";

    public static ListState Read(string uri, IEnumerable<string> filterNames, string workspaceId)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Text(string key) => query.TryGetValue(key, out var values) && values.Count > 0
            && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

        var view = ListView.Empty with
        {
            Search = Text(Search),
            Sort = Text(Sort),
            Descending = Text(Sort) is not null && bool.TryParse(Text(Descending), out var desc) && desc,
        };
        foreach (var name in filterNames)
            view = view.WithFilter(name, Text(name));

        var page = Number(Text(Page)) is > 1 and var p ? p - 1 : 0;
        var size = Number(Text(Size)) is { } s && ListState.Sizes.Contains(s) ? s : ListState.DefaultSize;
        var item = Text(Item) is { } id ? new ItemRef(Text(ItemWorkspace) ?? workspaceId, id) : null;
        return new ListState(view, page, size, item);
    }

    public static string Write(
        NavigationManager navigation, ListState state, IEnumerable<string> filterNames, string workspaceId)
    {
        var values = new Dictionary<string, object?>
        {
            [Page] = state.Page > 0 ? (state.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
            [Size] = state.Size != ListState.DefaultSize
                ? state.Size.ToString(CultureInfo.InvariantCulture)
                : null,
            [Search] = state.View.Search,
            [Sort] = state.View.Sort,
            [Descending] = state.View.Sort is not null && state.View.Descending ? "true" : null,
            [Item] = state.Item?.Id,
            [ItemWorkspace] = state.Item is { } item && item.WorkspaceId != workspaceId
                ? item.WorkspaceId
                : null,
        };
        foreach (var name in filterNames)
            values[name] = state.View.Filter(name);
        return navigation.GetUriWithQueryParameters(values);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
