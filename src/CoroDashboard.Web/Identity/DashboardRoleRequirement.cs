using CoroDashboard.Data.Assignments;
using Microsoft.AspNetCore.Authorization;

namespace CoroDashboard.Web.Identity;

/// <summary>Met when the person's assignments grant one of the roles named.</summary>
public sealed class DashboardRoleRequirement(params DashboardRole[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<DashboardRole> Roles { get; } = roles;
}

/// <summary>Checks a <see cref="DashboardRoleRequirement"/> against the stored assignments.</summary>
public sealed class DashboardRoleHandler(AssignmentScopeResolver resolver) : AuthorizationHandler<DashboardRoleRequirement>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, DashboardRoleRequirement requirement)
    {
        if (Embedded.IsEmbedded(context.User))
            return;
        var role = await resolver.RoleOfAsync(context.User, CancellationToken.None);
        if (role is { } granted && requirement.Roles.Contains(granted))
            context.Succeed(requirement);
    }
}

/// <summary>The authorization policies pages and endpoints use.</summary>
public static class DashboardPolicies
{
    /// <summary>Settings: credentials, role assignments, PSA integrations.</summary>
    public const string MspAdmin = "MspAdmin";

    /// <summary>MSP admins and technicians: the cross-customer views.</summary>
    public const string MspStaff = "MspStaff";

    /// <summary>Anyone with at least one assignment (customer admins included).</summary>
    public const string HasAssignment = "HasAssignment";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(MspAdmin, policy => policy.RequireAuthenticatedUser()
            .AddRequirements(new DashboardRoleRequirement(DashboardRole.MspAdmin)));
        options.AddPolicy(MspStaff, policy => policy.RequireAuthenticatedUser()
            .AddRequirements(new DashboardRoleRequirement(DashboardRole.MspAdmin, DashboardRole.MspTechnician)));
        options.AddPolicy(HasAssignment, policy => policy.RequireAuthenticatedUser()
            .AddRequirements(new DashboardRoleRequirement(
                DashboardRole.MspAdmin, DashboardRole.MspTechnician, DashboardRole.CustomerAdmin)));
    }
}
