using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace CoroDashboard.Web.Embedding;

/// <summary>Registers the embedded session and maps its endpoints.</summary>
public static class EmbeddingSetup
{
    public const string CookieName = "CoroDashboard.Embedded";

    public static AuthenticationBuilder AddEmbeddedSessions(this AuthenticationBuilder authentication)
    {
        var services = authentication.Services;
        services.AddSingleton<LaunchVerifier>();
        services.AddSingleton<FrameOrigins>();
        services.AddScoped<Features.Settings.Psa.PsaSettings>();
        services.AddSingleton<IAuthorizationHandler, StaffSessionHandler>();
        services.Configure<AuthorizationOptions>(EmbeddedPolicies.Add);
        FramedSignIn.Add(services);

        return authentication.AddCookie(Embedded.Scheme, options =>
        {
            // A cross-site frame only sends cookies marked SameSite=None; Secure. Partitioned
            // keeps the cookie working where third-party cookies are blocked (CHIPS): it is
            // stored under the PSA's site and never shared with other sites.
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.None;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.Extensions.Add("Partitioned");
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = EmbeddedRoutes.Expired;
            options.AccessDeniedPath = EmbeddedRoutes.Expired;
            options.Events.OnRedirectToLogin = context =>
            {
                var view = context.Request.Path + context.Request.QueryString;
                context.Response.Redirect(EmbeddedRoutes.ExpiredFor(view));
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// On embedded routes the embedded cookie alone says who is asking; the staff cookie is not
    /// consulted there, and the embedded cookie is never consulted anywhere else.
    /// </summary>
    public static IApplicationBuilder UseEmbeddedSessions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (EmbeddedRoutes.IsEmbedded(context.Request.Path))
            {
                var session = await context.AuthenticateAsync(Embedded.Scheme);
                context.User = session.Principal ?? new System.Security.Claims.ClaimsPrincipal();
            }
            await next(context);
        });

    public static void MapEmbedding(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBlazorHub(EmbeddedRoutes.Hub);
        endpoints.MapGet(LaunchLinks.Path, LaunchAsync).AllowAnonymous();
        endpoints.MapGet(EmbeddedRoutes.SessionCheck, CheckSessionAsync).AllowAnonymous();
    }

    private static async Task<IResult> LaunchAsync(
        HttpContext context, LaunchVerifier verifier, ILoggerFactory logs)
    {
        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value);
        var verdict = await verifier.VerifyAsync(query, context.RequestAborted);
        var log = logs.CreateLogger(typeof(EmbeddingSetup));
        if (!verdict.Accepted)
        {
            // A refused link also ends any earlier embedded session in this frame.
            await context.SignOutAsync(Embedded.Scheme);
            EmbeddingLog.LaunchRefused(log, verdict.Rejection!.Value, verdict.IntegrationId);
            return Results.Redirect($"{EmbeddedRoutes.Refused}?reason={verdict.Rejection}");
        }

        var workspaceId = verdict.WorkspaceId!;
        var session = Embedded.CreatePrincipal(workspaceId, verdict.IntegrationId);
        await context.SignInAsync(Embedded.Scheme, session);
        EmbeddingLog.LaunchAccepted(log, verdict.IntegrationId, workspaceId);
        var next = Uri.EscapeDataString(EmbeddedRoutes.Overview(workspaceId));
        return Results.Redirect($"{EmbeddedRoutes.SessionCheck}?next={next}");
    }

    // One more redirect after the cookie was set tells whether the browser kept it: where even a
    // partitioned cookie is refused, the frame says so plainly instead of failing later.
    private static async Task<IResult> CheckSessionAsync(HttpContext context, string? next)
    {
        var target = EmbeddedRoutes.LocalEmbedded(next);
        var session = await context.AuthenticateAsync(Embedded.Scheme);
        if (session.Principal is { } user && Embedded.WorkspaceOf(user) is { } workspaceId)
            return Results.Redirect(target ?? EmbeddedRoutes.Overview(workspaceId));
        var query = target is null ? "" : "?next=" + Uri.EscapeDataString(target);
        return Results.Redirect(EmbeddedRoutes.CookiesBlocked + query);
    }
}

internal static partial class EmbeddingLog
{
    [LoggerMessage(EventId = 4001, EventName = "EmbeddedLaunchAccepted", Level = LogLevel.Information,
        Message = "Embedded session opened by integration {IntegrationId} for workspace {WorkspaceId}")]
    public static partial void LaunchAccepted(ILogger logger, Guid integrationId, string workspaceId);

    [LoggerMessage(EventId = 4002, EventName = "EmbeddedLaunchRefused", Level = LogLevel.Warning,
        Message = "Embedded launch link refused ({Reason}) for integration {IntegrationId}")]
    public static partial void LaunchRefused(ILogger logger, LaunchRejection reason, Guid integrationId);
}
