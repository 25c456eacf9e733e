using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// Keeps the two kinds of session apart: embedded pages need an embedded session, and every
/// other page (the default policy of a plain <c>[Authorize]</c>) refuses one, also when an
/// embedded circuit navigates to it without a page load.
/// </summary>
public static class EmbeddedPolicies
{
    public const string Session = "EmbeddedSession";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Session, policy => policy
            .AddAuthenticationSchemes(Embedded.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(Embedded.WorkspaceClaim));
        options.DefaultPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffSessionRequirement())
            .Build();
    }
}

/// <summary>Met by any signed-in session that is not an embedded one.</summary>
public sealed class StaffSessionRequirement : IAuthorizationRequirement;

public sealed class StaffSessionHandler : AuthorizationHandler<StaffSessionRequirement>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, StaffSessionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && !Embedded.IsEmbedded(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
