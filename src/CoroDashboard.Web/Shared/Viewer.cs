using System.Security.Claims;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoroDashboard.Web.Shared;

/// <summary>
/// The signed-in person of this circuit, as pages need them: the principal to hand to the
/// gateway, and their role for hiding what they may not do (the gateway still decides).
/// </summary>
public sealed class Viewer(AuthenticationStateProvider authentication, AssignmentScopeResolver assignments)
{
    public async Task<ClaimsPrincipal> UserAsync() =>
        (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The person's highest role; null for an embedded session or no assignment.</summary>
    public async Task<DashboardRole?> RoleAsync(CancellationToken cancellationToken = default)
    {
        var user = await UserAsync();
        return Embedded.IsEmbedded(user) ? null : await assignments.RoleOfAsync(user, cancellationToken);
    }

    public static bool IsMspStaff(DashboardRole? role) =>
        role is DashboardRole.MspAdmin or DashboardRole.MspTechnician;
}
