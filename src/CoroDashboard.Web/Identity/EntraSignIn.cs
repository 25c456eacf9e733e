using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// Production sign-in: OpenID Connect against Microsoft Entra ID through Microsoft.Identity.Web,
/// as a multi-tenant app so customer admins sign in from their own tenants. Who may see what is
/// decided afterwards by the dashboard's role assignments, never by the tenant alone.
/// </summary>
public static class EntraSignIn
{
    public const string Section = "AzureAd";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        Validate(section);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddMicrosoftIdentityWebApp(section, OpenIdConnectDefaults.AuthenticationScheme,
                CookieAuthenticationDefaults.AuthenticationScheme);

        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            // The sign-in round trip is top-level only (Entra refuses to be framed), but the
            // correlation and nonce cookies must still survive a return from another site.
            options.CorrelationCookie.SameSite = SameSiteMode.None;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
            options.NonceCookie.SameSite = SameSiteMode.None;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
            options.TokenValidationParameters.RoleClaimType = DashboardClaims.AppRoles;
        });
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = StaffCookie.Name;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.AccessDeniedPath = "/no-access";
        });
    }

    public static Task ChallengeAsync(HttpContext context, string returnUrl) =>
        context.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme,
            new AuthenticationProperties { RedirectUri = returnUrl });

    // Microsoft.Identity.Web starts without these and then fails every request; a clear
    // message at start is kinder to whoever configures it.
    private static void Validate(IConfigurationSection section)
    {
        var missing = new[] { "Instance", "TenantId", "ClientId" }
            .Where(key => string.IsNullOrWhiteSpace(section[key]))
            .ToArray();
        if (missing.Length > 0)
            throw new InvalidOperationException(
                $"Identity:Mode is Entra but {Section} lacks {string.Join(", ", missing)}. "
                + "See the README section on registering the app in Entra ID.");
        if (string.IsNullOrWhiteSpace(section["ClientSecret"]) && !section.GetSection("ClientCredentials").Exists())
            throw new InvalidOperationException(
                $"Identity:Mode is Entra but {Section} has neither ClientSecret nor ClientCredentials.");
    }
}

/// <summary>The cookie of signed-in staff and customer admins (not embedded sessions).</summary>
public static class StaffCookie
{
    public const string Name = "CoroDashboard.Session";
}
