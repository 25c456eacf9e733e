using CoroDashboard.Gateway.Access;
using Microsoft.AspNetCore.Authorization;
using CoroDashboard.Web.Embedding;

namespace CoroDashboard.Web.Identity;

/// <summary>Sign-in (demo or Entra ID), the embedded session, scopes and policies.</summary>
public static class IdentitySetup
{
    public static IdentityOptions AddDashboardIdentity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new();
        var services = builder.Services;
        services.AddSingleton(options);
        // Hosted services start in this order, after the embedded simulator registered earlier
        // and before the first request: the first admins, then the demo personas.
        services.AddSingleton<BootstrapAdmins>();
        services.AddHostedService<BootstrapAdminGrant>();

        if (options.Mode == IdentityMode.Demo)
        {
            DemoSignIn.Add(services, builder.Environment, options);
            services.AddSingleton<DemoAssignments>();
            services.AddHostedService<DemoPersonaSeeding>();
        }
        else
        {
            EntraSignIn.Add(services, builder.Configuration);
            services.AddAuthentication().AddEmbeddedSessions();
        }

        services.AddSingleton<AssignmentScopeResolver>();
        services.AddSingleton<DashboardScopeResolver>();
        services.AddSingleton<IAccessScopeResolver>(provider => provider.GetRequiredService<DashboardScopeResolver>());
        services.AddSingleton<IAuthorizationHandler, DashboardRoleHandler>();
        services.AddAuthorization(DashboardPolicies.Add);
        services.AddCascadingAuthenticationState();
        return options;
    }

    public static void MapSignInEndpoints(this WebApplication app)
    {
        // Entra's round trip starts from a plain GET so the sign-in page can link to it.
        app.MapGet(SignInPaths.SignIn + "/challenge",
            async (HttpContext context, string? returnUrl, IdentityOptions options) =>
            {
                if (options.Mode != IdentityMode.Entra)
                    return Results.NotFound();
                await EntraSignIn.ChallengeAsync(context, SignInPaths.LocalOrHome(returnUrl));
                return Results.Empty;
            })
            .AllowAnonymous();
    }
}
