using System.Security.Claims;
using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>
/// Checks, before every settings read or change, that the person of this circuit is an MSP admin.
/// The route's policy keeps others off the page; this keeps them off the stores even if a circuit
/// is used in a way the page never offers.
/// </summary>
public sealed class SettingsGuard(
    AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    /// <summary>
    /// The admin making the change; throws <see cref="SettingsForbiddenException"/> for anyone else.
    /// </summary>
    public async Task<ClaimsPrincipal> DemandAdminAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var result = await authorization.AuthorizeAsync(user, DashboardPolicies.MspAdmin);
        if (!result.Succeeded)
            throw new SettingsForbiddenException();
        return user;
    }

    /// <summary>Whom a change is recorded against: the admin's email, else their object id.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        DashboardClaims.Email(user) ?? DashboardClaims.ObjectIdOf(user) ?? user.Identity?.Name ?? "unknown";
}

/// <summary>Someone who is not an MSP admin tried to read or change settings.</summary>
public sealed class SettingsForbiddenException()
    : UnauthorizedAccessException("Only MSP admins may read or change the settings.");
