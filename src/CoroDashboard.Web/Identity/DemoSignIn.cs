using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using CoroDashboard.Web.Embedding;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// The demo sign-in: a cookie issued for a persona picked on <c>/signin</c>. It is its own
/// authentication path, not a fallback inside Entra ID, and it refuses to run in Production
/// unless that is asked for explicitly.
/// </summary>
public static class DemoSignIn
{
    public static void Add(IServiceCollection services, IHostEnvironment environment, IdentityOptions options)
    {
        if (environment.IsProduction() && !options.AllowDemoInProduction)
            throw new InvalidOperationException(
                "Identity:Mode is Demo, which lets anyone sign in as any persona, and the environment is "
                + "Production. Configure Identity:Mode=Entra, or set Identity:AllowDemoInProduction=true "
                + "for a demo deployment.");

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = StaffCookie.Name;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.LoginPath = SignInPaths.SignIn;
                cookie.AccessDeniedPath = SignInPaths.NoAccess;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            })
            .AddEmbeddedSessions();
    }

    public static Task SignInAsync(HttpContext context, DemoPersona persona) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, persona.CreatePrincipal());
}

/// <summary>The sign-in related paths of the shared route plan.</summary>
public static class SignInPaths
{
    public const string SignIn = "/signin";
    public const string SignOut = "/signout";
    public const string NoAccess = "/no-access";

    /// <summary>A return URL that stays on this site, else the home page.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
