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

        if (options.Mode == IdentityMode.Demo)
        {
            DemoSignIn.Add(services, builder.Environment, options);
            services.AddSingleton<DemoAssignments>();
        }
        else
        {
            EntraSignIn.Add(services, builder.Configuration);
            services.AddAuthentication().AddEmbeddedSessions();
        }

        services.AddSingleton<BootstrapAdmins>();
        services.AddSingleton<AssignmentScopeResolver>();
        services.AddSingleton<DashboardScopeResolver>();
        services.AddSingleton<IAccessScopeResolver>(provider => provider.GetRequiredService<DashboardScopeResolver>());
        services.AddSingleton<IAuthorizationHandler, DashboardRoleHandler>();
        services.AddAuthorization(DashboardPolicies.Add);
        services.AddCascadingAuthenticationState();
        return options;
    }

    /// <summary>
    /// Grants the configured bootstrap admins, then gives the demo personas their assignments
    /// (demo mode only).
    /// </summary>
    public static async Task GrantStartingAssignmentsAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<BootstrapAdmins>().GrantAsync(cancellationToken);
        if (app.Services.GetRequiredService<IdentityOptions>().Mode == IdentityMode.Demo)
            await app.Services.GetRequiredService<DemoAssignments>().SeedAsync(cancellationToken);
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
