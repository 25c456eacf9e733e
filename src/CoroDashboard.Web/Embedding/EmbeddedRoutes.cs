namespace CoroDashboard.Web.Embedding;

/// <summary>
/// The routes of the PSA iframe. Everything under <see cref="Prefix"/> may be framed by the PSA
/// and is served to the embedded session only; nothing else is.
/// </summary>
public static class EmbeddedRoutes
{
    public const string Prefix = "/embed";

    /// <summary>
    /// The circuit of embedded pages connects here instead of <c>/_blazor</c>, so the embedded
    /// cookie (and never the staff cookie) decides who the circuit belongs to.
    /// </summary>
    public const string Hub = Prefix + "/_blazor";

    public const string Refused = Prefix + "/refused";
    public const string Expired = Prefix + "/expired";
    public const string CookiesBlocked = Prefix + "/cookies-blocked";
    public const string SessionCheck = Prefix + "/session";
    public const string SignInNeeded = Prefix + "/signin-needed";

    public static readonly IReadOnlyList<string> Lists = ["tickets", "devices", "users"];

    public static bool IsEmbedded(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static string Overview(string workspaceId) => $"{Prefix}/w/{Uri.EscapeDataString(workspaceId)}";

    public static string List(string workspaceId, string list) => $"{Overview(workspaceId)}/{list}";

    /// <summary>The session-ended page, offering the same view in the full dashboard.</summary>
    public static string ExpiredFor(string embeddedPath) =>
        LocalEmbedded(embeddedPath) is { } path
            ? $"{Expired}?view={Uri.EscapeDataString(FullDashboardPath(path))}"
            : Expired;

    /// <summary>The full dashboard's page showing what an embedded path shows.</summary>
    public static string FullDashboardPath(string embeddedPath) =>
        LocalEmbedded(embeddedPath) is { } path ? path[Prefix.Length..] : "/";

    /// <summary>A path inside the embedded pages, else null: redirects never leave them.</summary>
    public static string? LocalEmbedded(string? path) =>
        path is { Length: > 1 } p && p.StartsWith(Prefix + "/", StringComparison.Ordinal)
            && !p.StartsWith("//", StringComparison.Ordinal) && !p.Contains('\\', StringComparison.Ordinal)
            ? p
            : null;
}
