using Microsoft.AspNetCore.Routing.Patterns;

namespace CoroDashboard.Simulator.Http;

/// <summary>Which requests are Coro API calls, and the route template each one matched.</summary>
internal static class ApiRoutes
{
    public const string TokenPath = "/oauth/token";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/v1", StringComparison.Ordinal) || path.Equals(TokenPath, StringComparison.Ordinal);

    public static bool IsToken(PathString path) => path.Equals(TokenPath, StringComparison.Ordinal);

    /// <summary>"GET /v1/tickets/{id}" for a matched route; "GET (no such route)" otherwise.</summary>
    public static string TemplateOf(HttpContext context)
    {
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern;
        return $"{context.Request.Method} {Spell(pattern) ?? "(no such route)"}";
    }

    private static string? Spell(RoutePattern? pattern) =>
        pattern?.RawText is { } raw ? (raw.StartsWith('/') ? raw : "/" + raw) : null;
}
