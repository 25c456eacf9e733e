using Microsoft.AspNetCore.Authentication;
using CoroDashboard.Web.Identity;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// Who may frame which response. Embedded routes may be framed by the origins of the integration
/// that launched the session (and the dashboard itself); every other response refuses framing.
/// This is the one place the frame-ancestors policy is written, so Blazor's own interactive-server
/// frame-ancestors header is turned off where the app is configured and cannot contradict it.
/// </summary>
public sealed class FramingPolicy(RequestDelegate next)
{
    public const string EmbeddedPathPrefix = "/embed";

    public async Task InvokeAsync(HttpContext context, FrameOrigins origins)
    {
        var allowed = IsEmbeddedPath(context.Request.Path) ? await OriginsForAsync(context, origins) : null;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (allowed is null)
            {
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                headers.XFrameOptions = "DENY";
            }
            else
            {
                headers.ContentSecurityPolicy = "frame-ancestors " + string.Join(' ', ["'self'", .. allowed]);
                headers.Remove("X-Frame-Options");
            }
            return Task.CompletedTask;
        });
        await next(context);
    }

    public static bool IsEmbeddedPath(PathString path) =>
        path.StartsWithSegments(EmbeddedPathPrefix, StringComparison.OrdinalIgnoreCase);

    private static async Task<IReadOnlyList<string>> OriginsForAsync(HttpContext context, FrameOrigins origins)
    {
        var session = await context.AuthenticateAsync(Embedded.Scheme);
        if (session.Principal?.FindFirst(Embedded.IntegrationClaim)?.Value is { } fromSession
            && Guid.TryParse(fromSession, out var sessionIntegration))
            return await origins.ForIntegrationAsync(sessionIntegration);
        if (Guid.TryParse(context.Request.Query["integration"], out var launching))
            return await origins.ForIntegrationAsync(launching);
        return await origins.AllAsync();
    }
}
