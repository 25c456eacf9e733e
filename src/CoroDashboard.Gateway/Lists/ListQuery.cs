namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// A request for one page of a list (devices, protected users, tickets), for one workspace or the
/// workspace and all its descendants. <see cref="Page"/> is zero-based like Coro's.
/// </summary>
/// <param name="SortBy">A field name of the listed item as the API spells it (for example
/// <c>hostname</c>, <c>lastSeen</c>, <c>creationTime</c>); null keeps Coro's order.</param>
/// <param name="Filters">List-specific filters by name (see <see cref="ListFilters"/>).</param>
/// <param name="Refresh">True to bypass the cache and fetch from Coro again.</param>
public sealed record ListQuery(
    string WorkspaceId,
    bool IncludeDescendants = false,
    int Page = 0,
    int PageSize = 25,
    string? Search = null,
    string? SortBy = null,
    bool SortDescending = false,
    IReadOnlyDictionary<string, string>? Filters = null,
    bool Refresh = false);

/// <summary>The filter names each list understands, and their values.</summary>
public static class ListFilters
{
    /// <summary>Devices: an <c>osType</c> wire value (WINDOWS, MAC_OS, …).</summary>
    public const string Os = "os";

    /// <summary>Devices: <c>unprotected</c>, <c>isolated</c>, <c>vulnerable</c> or <c>outdated</c>.</summary>
    public const string DeviceState = "state";

    /// <summary>Protected users: <c>protected</c> or <c>protectable</c>.</summary>
    public const string Protection = "protection";

    /// <summary>Protected users: a status wire value (<c>active</c>, <c>suspended</c>).</summary>
    public const string UserStatus = "status";

    /// <summary>Tickets: a protection module wire value (<c>endpointSecurity</c>, …).</summary>
    public const string Module = "module";

    /// <summary>Tickets: a ticket type wire value (<c>malwareOnEndpoint</c>, …).</summary>
    public const string TicketType = "type";

    /// <summary>Tickets: <c>open</c> or <c>closed</c>.</summary>
    public const string TicketState = "ticketState";
}

/// <summary>An item of a list together with the workspace it belongs to.</summary>
public sealed record WorkspaceItem<T>(string WorkspaceId, string WorkspaceName, T Item);

/// <summary>
/// One page of a list. Over many workspaces, <see cref="Parts"/> says which workspaces failed,
/// timed out or are not connected, so no row is dropped silently; <see cref="AsOf"/> is the oldest
/// fetch time of the data on the page.
/// </summary>
public sealed record ListPage<T>(
    IReadOnlyList<T> Items,
    long TotalCount,
    int Page,
    int PageSize,
    IReadOnlyList<Workspaces.WorkspacePart<int>> Parts);
