using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authentication;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// Who may frame which response. Embedded routes may be framed by the dashboard itself and the
/// origins of the integration that launched the session; every other response (pages, errors,
/// sign-in, the staff circuit) refuses framing. This is the one place frame-ancestors is written:
/// Blazor's own interactive-server header is turned off where the app is configured, because its
/// single static value could not name each integration's origins.
/// </summary>
public sealed class FramingPolicy(RequestDelegate next)
{
    public const string Refuse = "frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext context, FrameOrigins origins)
    {
        var allowed = EmbeddedRoutes.IsEmbedded(context.Request.Path)
            ? await OriginsForAsync(context, origins)
            : null;
        var policy = allowed is null ? Refuse : AllowList(allowed);

        // Written as the response starts so that nothing set later in the pipeline (antiforgery's
        // X-Frame-Options, a status-code page) can contradict it.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            if (allowed is null)
                headers.XFrameOptions = "DENY";
            else
                headers.Remove("X-Frame-Options");
            return Task.CompletedTask;
        });
        await next(context);
    }

    /// <summary>
    /// <c>'self'</c> and the valid origins, never a wildcard: an origin stored before it was
    /// validated, or edited in the database, is left out rather than trusted.
    /// </summary>
    public static string AllowList(IEnumerable<string> origins)
    {
        var valid = origins
            .Select(o => AllowedOrigin.TryNormalize(o, out var origin, out _) ? origin : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        return "frame-ancestors " + string.Join(' ', ["'self'", .. valid]);
    }

    private static async Task<IReadOnlyList<string>> OriginsForAsync(
        HttpContext context, FrameOrigins origins)
    {
        var session = await context.AuthenticateAsync(Embedded.Scheme);
        if (session.Principal?.FindFirst(Embedded.IntegrationClaim)?.Value is { } fromSession
            && Guid.TryParse(fromSession, out var sessionIntegration))
            return await origins.ForIntegrationAsync(sessionIntegration);
        if (Guid.TryParse(context.Request.Query["integration"], out var launching))
            return await origins.ForIntegrationAsync(launching);

        // No session yet or any more (an expired or refused launch, blocked cookies): the pages
        // shown then carry no data, and must be visible in whichever PSA frame asked.
        return await origins.AllAsync();
    }
}
