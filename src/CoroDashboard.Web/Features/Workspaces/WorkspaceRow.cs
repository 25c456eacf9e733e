using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Features.Workspaces;

/// <summary>
/// One line of the hierarchy as shown: the workspace, how deep it sits, whether it has children
/// shown below it (and if they are expanded), how many workspaces lie below it, and whether it
/// matched the filter itself or is only shown as the ancestor of a match.
/// </summary>
public sealed record WorkspaceRow(
    WorkspaceNode Node,
    int Level,
    bool HasChildren,
    bool IsExpanded,
    int Descendants,
    bool IsMatch);
