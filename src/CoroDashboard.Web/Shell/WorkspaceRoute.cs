namespace CoroDashboard.Web.Shell;

/// <summary>The workspace routes of the shared route plan: <c>/w/{id}</c> and the lists below it.</summary>
public static class WorkspaceRoute
{
    public static string Overview(string workspaceId) => "/w/" + Uri.EscapeDataString(workspaceId);

    /// <summary>A list of one workspace: <c>tickets</c>, <c>devices</c> or <c>users</c>.</summary>
    public static string List(string workspaceId, string list) => $"{Overview(workspaceId)}/{list}";

    /// <summary>The workspace a base-relative path (<c>w/abc/devices?page=2</c>) is about, if any.</summary>
    public static string? WorkspaceIdOf(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["w", var id, ..] ? Uri.UnescapeDataString(id) : null;
    }
}
