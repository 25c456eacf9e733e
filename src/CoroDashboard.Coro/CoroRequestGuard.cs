namespace CoroDashboard.Coro;

/// <summary>
/// The last look at a request before it leaves for Coro. A data call that carries no Workspace
/// header fails here, so a caller that lost track of its workspace gets a clear error instead of
/// Coro guessing one. Query parameters with no value (an empty filter list, blank search text)
/// are dropped, because Coro reads <c>key=</c> as a filter on the empty string.
/// </summary>
public sealed class CoroRequestGuard : DelegatingHandler
{
    private const string OptionalPath = "/v1/subscriptions/bundleInfo";

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        var needsWorkspace = path.StartsWith("/v1/", StringComparison.Ordinal)
            && !path.Equals(OptionalPath, StringComparison.Ordinal);
        if (needsWorkspace && !HasWorkspace(request))
            throw new MissingWorkspaceException(request.Method, path);
        if (request.RequestUri is { Query.Length: > 1 } uri)
            request.RequestUri = WithoutEmptyParameters(uri);
        return base.SendAsync(request, cancellationToken);
    }

    private static Uri WithoutEmptyParameters(Uri uri)
    {
        var kept = uri.Query[1..].Split('&')
            .Where(pair => pair.Length > 0 && !pair.EndsWith('=') && pair.Contains('='));
        var builder = new UriBuilder(uri) { Query = string.Join('&', kept) };
        return builder.Uri;
    }

    private static bool HasWorkspace(HttpRequestMessage request) =>
        request.Headers.TryGetValues("Workspace", out var values)
        && values.Any(value => !string.IsNullOrWhiteSpace(value));
}

/// <summary>A Coro data call was about to go out without naming its workspace.</summary>
public sealed class MissingWorkspaceException(HttpMethod method, string path)
    : InvalidOperationException($"{method} {path} was not sent: no workspace was given for the call.");
