using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Workspaces;
using CoroDashboard.Web.Shell;

namespace CoroDashboard.Web.Features.Workspaces;

/// <summary>Which workspaces a status filter keeps; archived ones only when asked for.</summary>
public enum StatusFilter { Active, Archived, All }

/// <summary>
/// What the hierarchy page shows: a search (name, company, id or domain), a type, a status.
/// </summary>
public sealed record WorkspaceFilter(string? Search = null, WorkspaceType? Type = null,
    StatusFilter Status = StatusFilter.Active)
{
    /// <summary>True when the filter hides anything beyond archived workspaces.</summary>
    public bool Narrows =>
        !string.IsNullOrWhiteSpace(Search) || Type is not null || Status != StatusFilter.Active;

    public bool Keeps(WorkspaceNode node) =>
        Status switch
        {
            StatusFilter.Active => !node.IsArchived,
            StatusFilter.Archived => node.IsArchived,
            _ => true,
        }
        && (Type is null || node.Type.Known == Type)
        && (string.IsNullOrWhiteSpace(Search) || WorkspaceSearch.Matches(node, Search.Trim()));
}
