using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// Interactive sign-in never runs inside a frame: Entra ID refuses to be framed, and a framed
/// sign-in page would loop or be blocked. A request made for a frame that needs sign-in is sent
/// instead to a framable page whose link opens the full dashboard in a new top-level tab.
/// </summary>
public static class FramedSignIn
{
    /// <summary>Browsers say what a request is for; a frame's navigation is <c>iframe</c>.</summary>
    public static bool IsForFrame(HttpRequest request) =>
        request.Headers["Sec-Fetch-Dest"].ToString() is "iframe" or "frame";

    public static string SignInNeededUrl(HttpRequest request)
    {
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        return $"{EmbeddedRoutes.SignInNeeded}?returnUrl={Uri.EscapeDataString(returnUrl)}";
    }

    internal static void Add(IServiceCollection services)
    {
        var staffCookie = CookieAuthenticationDefaults.AuthenticationScheme;
        services.PostConfigure<CookieAuthenticationOptions>(staffCookie, options =>
        {
            var signIn = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (!IsForFrame(context.Request))
                    return signIn(context);
                context.Response.Redirect(SignInNeededUrl(context.Request));
                return Task.CompletedTask;
            };
        });
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var toIdentityProvider = options.Events.OnRedirectToIdentityProvider;
            options.Events.OnRedirectToIdentityProvider = async context =>
            {
                if (!IsForFrame(context.Request))
                {
                    await toIdentityProvider(context);
                    return;
                }
                context.Response.Redirect(SignInNeededUrl(context.Request));
                context.HandleResponse();
            };
        });
    }
}
