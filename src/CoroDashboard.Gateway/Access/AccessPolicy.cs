using System.Security.Claims;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Observability;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Gateway.Access;

/// <summary>
/// The one place that decides whether a caller may see a workspace: inside one of the scope's
/// roots (with descendants) or one of its exact grants (without), and not inside an excluded
/// subtree. Every gateway call asks here before it touches the cache or Coro.
/// </summary>
internal sealed class AccessPolicy(IAccessScopeResolver resolver, ILogger<AccessPolicy> logger)
{
    public ValueTask<AccessScope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        resolver.ResolveAsync(user, cancellationToken);

    /// <summary>A denial that needs no hierarchy: an empty scope, or an excluded workspace.</summary>
    public bool DeniesOutright(AccessScope scope, string workspaceId) =>
        scope.IsEmpty || scope.Excluded.Contains(workspaceId);

    public AccessDecision Decide(AccessScope scope, ChannelHierarchy hierarchy, string workspaceId)
    {
        if (DeniesOutright(scope, workspaceId))
            return AccessDecision.Forbidden;
        if (hierarchy.Find(workspaceId) is null)
            return scope.Roots.Contains(workspaceId) || scope.Exact.Contains(workspaceId)
                ? AccessDecision.NotFound
                : AccessDecision.Forbidden;
        return Allows(scope, hierarchy, workspaceId) ? AccessDecision.Allowed : AccessDecision.Forbidden;
    }

    public bool Allows(AccessScope scope, ChannelHierarchy hierarchy, string workspaceId)
    {
        var granted = scope.Exact.Contains(workspaceId);
        foreach (var ancestor in hierarchy.SelfAndAncestors(workspaceId))
        {
            if (scope.Excluded.Contains(ancestor))
                return false;
            granted |= scope.Roots.Contains(ancestor);
        }
        return granted;
    }

    /// <summary>Every workspace of the hierarchy the caller may see.</summary>
    public IEnumerable<string> Visible(AccessScope scope, ChannelHierarchy hierarchy) =>
        scope.IsEmpty
            ? []
            : hierarchy.All.Select(workspace => workspace.Id).Where(id => Allows(scope, hierarchy, id));

    public void ReportDenied(ClaimsPrincipal user, string workspaceId) =>
        logger.AccessDenied(LogText.Of(workspaceId), Describe(user));

    /// <summary>Logs refusing a view that names no workspace to a caller with an empty scope.</summary>
    public void ReportNoAccess(ClaimsPrincipal user) => logger.NoAccess(Describe(user));

    private static string Describe(ClaimsPrincipal user) =>
        user.Identity?.Name is { } name ? LogText.Of(name) : "an anonymous caller";
}
