using Microsoft.AspNetCore.Components;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// What a list's cells need from the list around them: links that keep the list's state, whether
/// the list is read-only (embedded), and the sort it opened with.
/// </summary>
public sealed class ListFrame(NavigationManager navigation, string workspaceId, bool readOnly, ListView view)
{
    public bool ReadOnly { get; } = readOnly;

    public string? InitialSort { get; } = view.Sort;

    public bool InitialDescending { get; } = view.Descending;

    /// <summary>The current URL with a detail opened; the rest of the list's state stays.</summary>
    public string ItemHref(string itemWorkspaceId, string itemId) =>
        navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [ListUrl.Item] = itemId,
            [ListUrl.ItemWorkspace] = itemWorkspaceId != workspaceId ? itemWorkspaceId : null,
        });

    public string CloseItemHref() =>
        navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [ListUrl.Item] = null,
            [ListUrl.ItemWorkspace] = null,
        });
}
