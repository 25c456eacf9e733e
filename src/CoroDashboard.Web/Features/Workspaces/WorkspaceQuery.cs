using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Web.Features.Workspaces;

/// <summary>
/// The hierarchy page's state as it stands in the URL: <c>q</c>, <c>type</c> (a workspace type
/// as the API spells it), <c>status</c> (<c>active</c>, <c>archived</c>, <c>all</c>) and
/// <c>view</c> (<c>tree</c> or <c>list</c>). Unknown values fall back to the defaults.
/// </summary>
public sealed record WorkspaceQuery(string? Search, string? Type, string? Status, string? View)
{
    public bool IsList => string.Equals(View, "list", StringComparison.OrdinalIgnoreCase);

    public WorkspaceFilter ToFilter() => new(
        string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        WireNames<WorkspaceType>.TryParse(Type, out var type) ? type : null,
        Enum.TryParse<StatusFilter>(Status, ignoreCase: true, out var status) ? status : StatusFilter.Active);

    /// <summary>The query string parameters; defaults are left out so links stay short.</summary>
    public IReadOnlyDictionary<string, object?> ToParameters()
    {
        var filter = ToFilter();
        return new Dictionary<string, object?>
        {
            ["q"] = filter.Search,
            ["type"] = filter.Type is { } type ? WireNames<WorkspaceType>.ToWire(type) : null,
            ["status"] = filter.Status == StatusFilter.Active
                ? null
                : filter.Status.ToString().ToLowerInvariant(),
            ["view"] = IsList ? "list" : null,
        };
    }
}
