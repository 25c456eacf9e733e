using Microsoft.AspNetCore.Components;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// What a list's cells need from the list around them: links that keep the list's state, whether
/// the list is read-only (embedded), and the sort it opened with.
/// </summary>
/// <remarks>
/// Links are written from the state the list shows, not from the browser's URL: the URL catches up
/// with a new page or filter only after a round trip to the browser, and a row rendered before that
/// would otherwise link back to the previous page or filters.
/// </remarks>
public sealed class ListFrame(
    NavigationManager navigation,
    string workspaceId,
    bool readOnly,
    ListView view,
    Func<ListState> shown,
    IEnumerable<string> filterNames)
{
    public bool ReadOnly { get; } = readOnly;

    public string? InitialSort { get; } = view.Sort;

    public bool InitialDescending { get; } = view.Descending;

    /// <summary>The list as shown, with a detail opened.</summary>
    public string ItemHref(string itemWorkspaceId, string itemId) =>
        Href(new ItemRef(itemWorkspaceId, itemId));

    /// <summary>The list as shown, with no detail opened.</summary>
    public string CloseItemHref() => Href(null);

    private string Href(ItemRef? item) =>
        ListUrl.Write(navigation, shown() with { Item = item }, filterNames, workspaceId);
}
