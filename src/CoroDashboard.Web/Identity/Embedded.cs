using System.Security.Claims;
using CoroDashboard.Gateway.Access;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// The embedded (PSA iframe) session: its own cookie scheme, and a principal that names exactly
/// one workspace and the integration that launched it.
/// </summary>
public static class Embedded
{
    public const string Scheme = "Embedded";
    public const string WorkspaceClaim = "corodashboard/embedded-workspace";
    public const string IntegrationClaim = "corodashboard/embedded-integration";

    public static bool IsEmbedded(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == Scheme);

    public static string? WorkspaceOf(ClaimsPrincipal user) =>
        IsEmbedded(user) ? user.FindFirst(WorkspaceClaim)?.Value : null;

    public static ClaimsPrincipal CreatePrincipal(string workspaceId, Guid integrationId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, $"Embedded view of {workspaceId}"),
                new Claim(WorkspaceClaim, workspaceId),
                new Claim(IntegrationClaim, integrationId.ToString("D")),
            ],
            Scheme));
}

/// <summary>
/// The dashboard's one <see cref="IAccessScopeResolver"/>: an embedded session sees exactly its
/// workspace, read-only; everyone else gets what their role assignments grant.
/// </summary>
public sealed class DashboardScopeResolver(AssignmentScopeResolver assignments) : IAccessScopeResolver
{
    public ValueTask<AccessScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Embedded.IsEmbedded(user))
            return ValueTask.FromResult(
                Embedded.WorkspaceOf(user) is { } workspace ? AccessScope.Single(workspace) : AccessScope.None);
        return assignments.ResolveAsync(user, cancellationToken);
    }
}
