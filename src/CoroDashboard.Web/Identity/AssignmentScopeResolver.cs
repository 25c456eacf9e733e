using System.Collections.Concurrent;
using System.Security.Claims;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Gateway.Access;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// A person's access scope from the role assignments the dashboard keeps: the union of every
/// assignment naming their user object id or email, a group of theirs, or an app role of theirs.
/// Exclusions apply to the person as a whole (deny wins). The scope is read-only unless an
/// assignment makes them MSP staff. Results are kept briefly per person and dropped whenever an
/// assignment changes.
/// </summary>
/// <remarks>
/// The app is multi-tenant, so a token's tenant decides what its claims may prove. App role values
/// are the same strings in every tenant that consents to the app, and any tenant's admin can give
/// them out: they count only from the MSP's own tenant (<c>Identity:HomeTenantId</c>), or from a
/// sign-in without a tenant (the demo). The <c>email</c> claim is not verified by Entra ID, so a
/// person from a tenant is named by object id and sign-in name (which must use a domain verified
/// in their tenant); group object ids are unique across tenants.
/// </remarks>
public sealed class AssignmentScopeResolver : IAccessScopeResolver
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly AssignmentStore _assignments;
    private readonly TimeProvider _clock;
    private readonly string? _homeTenantId;
    private readonly ConcurrentDictionary<string, (AccessScope Scope, DashboardRole? Role, long At)>
        _recent = new();

    // Without identity options (component tests), no tenant is the MSP's own.
    public AssignmentScopeResolver(
        AssignmentStore assignments, TimeProvider clock, IdentityOptions? options = null)
    {
        _assignments = assignments;
        _clock = clock;
        _homeTenantId = options?.HomeTenantId;
        _assignments.Changed += _recent.Clear;
    }

    public async ValueTask<AccessScope> ResolveAsync(
        ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await LookUpAsync(user, cancellationToken)).Scope;

    /// <summary>The highest role any of the person's assignments grants, or null for none.</summary>
    public async ValueTask<DashboardRole?> RoleOfAsync(
        ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await LookUpAsync(user, cancellationToken)).Role;

    private async ValueTask<(AccessScope Scope, DashboardRole? Role)> LookUpAsync(
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
            return (AccessScope.None, null);

        var who = SubjectsOf(user, _homeTenantId);
        var key = string.Join('|', who.UserKeys.Concat(who.Groups).Concat(who.AppRoles));
        if (_recent.TryGetValue(key, out var kept) && _clock.GetElapsedTime(kept.At) < KeepFor)
            return (kept.Scope, kept.Role);

        var assignments = await _assignments.FindForAsync(who, cancellationToken);
        var result = Combine(assignments);
        _recent[key] = (result.Scope, result.Role, _clock.GetTimestamp());
        return result;
    }

    internal static (AccessScope Scope, DashboardRole? Role) Combine(
        IReadOnlyCollection<RoleAssignment> assignments)
    {
        if (assignments.Count == 0)
            return (AccessScope.None, null);

        var scope = new AccessScope(
            assignments.SelectMany(a => a.Workspaces).ToHashSet(StringComparer.Ordinal),
            assignments.SelectMany(a => a.ExactWorkspaces).ToHashSet(StringComparer.Ordinal),
            assignments.SelectMany(a => a.ExcludedWorkspaces).ToHashSet(StringComparer.Ordinal),
            ReadOnly: assignments.All(a => a.Role == DashboardRole.CustomerAdmin));
        return (scope, assignments.Min(a => a.Role));
    }

    internal static SubjectIdentities SubjectsOf(ClaimsPrincipal user, string? homeTenantId = null)
    {
        var tenant = DashboardClaims.TenantOf(user);
        var signInName = tenant is null
            ? DashboardClaims.Email(user)
            : user.FindFirst(DashboardClaims.PreferredUserName)?.Value
                ?? user.FindFirst(ClaimTypes.Upn)?.Value;
        var userKeys = new[] { DashboardClaims.ObjectIdOf(user), signInName }
            .Where(key => !string.IsNullOrWhiteSpace(key))
            .Select(key => key!.Trim().ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var groups = Values(user, DashboardClaims.Groups);
        var rolesCount = tenant is null
            || string.Equals(tenant, homeTenantId, StringComparison.OrdinalIgnoreCase);
        var roles = rolesCount
            ? Values(user, DashboardClaims.AppRoles).Concat(Values(user, ClaimTypes.Role))
                .Distinct().ToArray()
            : [];
        return new SubjectIdentities(userKeys, groups, roles);
    }

    private static string[] Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).Select(c => c.Value.Trim().ToLowerInvariant()).Where(v => v.Length > 0)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
}
