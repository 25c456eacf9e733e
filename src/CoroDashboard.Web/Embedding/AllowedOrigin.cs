namespace CoroDashboard.Web.Embedding;

/// <summary>
/// An origin allowed to frame the dashboard, as browsers compare it: scheme, host and port, with
/// nothing else. Only https is accepted, except plain http on loopback hosts for local testing; a
/// wildcard, a path or a query is refused, so frame-ancestors is always an exact allow-list.
/// </summary>
public static class AllowedOrigin
{
    /// <summary>
    /// The origin in its canonical form (lower case, no default port), or why it is refused.
    /// </summary>
    public static bool TryNormalize(string? text, out string origin, out string problem)
    {
        origin = "";
        problem = "";
        var trimmed = text?.Trim().TrimEnd('/') ?? "";
        if (trimmed.Length == 0)
            return Fail("is empty", out problem);
        if (trimmed.Contains('*', StringComparison.Ordinal))
            return Fail("may not contain a wildcard", out problem);
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.HostNameType == UriHostNameType.Unknown)
            return Fail("is not an absolute address such as https://psa.example.com", out problem);
        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/"
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return Fail("must be only scheme, host and port, without a path or query", out problem);

        var https = uri.Scheme == Uri.UriSchemeHttps;
        if (!https && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            return Fail("must use https (plain http is allowed only for localhost and 127.0.0.1)",
                out problem);

        origin = uri.IsDefaultPort
            ? $"{uri.Scheme}://{uri.IdnHost}"
            : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
        origin = origin.ToLowerInvariant();
        return true;
    }

    public static bool IsValid(string? text) => TryNormalize(text, out _, out _);

    private static bool Fail(string why, out string problem)
    {
        problem = why;
        return false;
    }
}
