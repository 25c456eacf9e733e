using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CoroDashboard.Web.Embedding;

/// <summary>Registers the embedded session and maps the launch endpoint.</summary>
public static class EmbeddingSetup
{
    public const string CookieName = "CoroDashboard.Embedded";

    public static AuthenticationBuilder AddEmbeddedSessions(this AuthenticationBuilder authentication)
    {
        authentication.Services.AddSingleton<LaunchVerifier>();
        authentication.Services.AddSingleton<FrameOrigins>();
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
            options.LoginPath = "/embed/expired";
            options.AccessDeniedPath = "/embed/expired";
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect("/embed/expired");
                return Task.CompletedTask;
            };
        });
    }

    public static void MapEmbeddedLaunch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LaunchLinks.Path, async (HttpContext context, LaunchVerifier verifier, ILoggerFactory logs) =>
        {
            var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value);
            var verdict = await verifier.VerifyAsync(query, context.RequestAborted);
            var log = logs.CreateLogger(typeof(EmbeddingSetup));
            if (!verdict.Accepted)
            {
                EmbeddingLog.LaunchRefused(log, verdict.Rejection!.Value, verdict.IntegrationId);
                return Results.Redirect($"/embed/refused?reason={verdict.Rejection}");
            }

            await context.SignInAsync(Embedded.Scheme, Embedded.CreatePrincipal(verdict.WorkspaceId!, verdict.IntegrationId));
            EmbeddingLog.LaunchAccepted(log, verdict.IntegrationId, verdict.WorkspaceId!);
            return Results.Redirect($"/embed/w/{Uri.EscapeDataString(verdict.WorkspaceId!)}");
        }).AllowAnonymous();
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
