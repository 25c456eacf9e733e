using CoroDashboard.Gateway.Access;
using Microsoft.AspNetCore.Authorization;
using CoroDashboard.Web.Embedding;

namespace CoroDashboard.Web.Identity;

/// <summary>Sign-in (demo or Entra ID), the embedded session, scopes and policies.</summary>
public static class IdentitySetup
{
    public static IdentityOptions AddDashboardIdentity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>()
            ?? new();
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
        services.AddSingleton<IAccessScopeResolver>(
            provider => provider.GetRequiredService<DashboardScopeResolver>());
        services.AddSingleton<IAuthorizationHandler, DashboardRoleHandler>();
        services.AddAuthorization(DashboardPolicies.Add);
        services.AddCascadingAuthenticationState();
        return options;
    }

    /// <summary>
    /// Grants the MSP admins named in <c>Identity:BootstrapAdmins</c> while no MSP admin exists.
    /// </summary>
    public static Task GrantBootstrapAdminsAsync(
        this WebApplication app, CancellationToken cancellationToken) =>
        app.Services.GetRequiredService<BootstrapAdmins>().GrantAsync(cancellationToken);

    /// <summary>How long start may wait for the hierarchy the personas are given parts of.</summary>
    private static readonly TimeSpan SeedingLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gives the demo personas their assignments (demo mode only). A Coro that does not answer
    /// in time leaves the personas as they were, rather than holding up the start.
    /// </summary>
    public static async Task SeedDemoPersonasAsync(
        this WebApplication app, CancellationToken cancellationToken)
    {
        if (app.Services.GetRequiredService<IdentityOptions>().Mode != IdentityMode.Demo)
            return;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(SeedingLimit);
        try
        {
            await app.Services.GetRequiredService<DemoAssignments>().SeedAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            DemoAssignments.TimedOut(app.Services.GetRequiredService<ILogger<DemoAssignments>>());
        }
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
