using System.Security.Claims;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// Claim types the dashboard reads from a signed-in principal, from Entra ID tokens and from the
/// demo sign-in alike, and the one it adds itself.
/// </summary>
public static class DashboardClaims
{
    /// <summary>Entra's object id, short form (as in the token) and as mapped by the handler.</summary>
    public const string ObjectId = "oid";
    public const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string TenantId = "tid";
    public const string TenantIdUri = "http://schemas.microsoft.com/identity/claims/tenantid";
    public const string PreferredUserName = "preferred_username";
    public const string Groups = "groups";
    public const string AppRoles = "roles";

    /// <summary>
    /// The dashboard role an assignment grants; added on sign-in, never taken from a token.
    /// </summary>
    public const string DashboardRole = "corodashboard/role";

    public static string? Email(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.Email)?.Value
        ?? user.FindFirst("email")?.Value
        ?? user.FindFirst(PreferredUserName)?.Value
        ?? user.FindFirst(ClaimTypes.Upn)?.Value;

    /// <summary>The Entra tenant the person signed in from; null for the demo sign-in.</summary>
    public static string? TenantOf(ClaimsPrincipal user) =>
        user.FindFirst(TenantId)?.Value ?? user.FindFirst(TenantIdUri)?.Value;

    public static string? ObjectIdOf(ClaimsPrincipal user) =>
        user.FindFirst(ObjectId)?.Value ?? user.FindFirst(ObjectIdUri)?.Value;
}
