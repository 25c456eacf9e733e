namespace CoroDashboard.Coro;

/// <summary>
/// The last look at a request before it leaves for Coro. A data call that carries no Workspace
/// header or no bearer token fails here, so a caller that lost track of either gets a clear error
/// instead of Coro guessing a workspace or the call going out anonymously. Query parameters with
/// no value (an empty filter list, blank text) are dropped, because Coro reads <c>key=</c> as a
/// filter on the empty string. On the way back, an empty success body is kept readable as an
/// empty list or page (see <see cref="EmptyBodyContent"/>). An id of "." or ".." is refused,
/// since it would move the call to another resource.
/// </summary>
public sealed class CoroRequestGuard : DelegatingHandler
{
    private const string OptionalPath = "/v1/subscriptions/bundleInfo";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (HasDotSegment(request.RequestUri))
            throw new UnsafePathException(request.Method);
        var path = request.RequestUri?.AbsolutePath ?? "";
        var isDataCall = path.StartsWith("/v1/", StringComparison.Ordinal);
        if (isDataCall && !HasToken(request))
            throw new MissingTokenException(request.Method, path);
        if (isDataCall && !path.Equals(OptionalPath, StringComparison.Ordinal) && !HasWorkspace(request))
            throw new MissingWorkspaceException(request.Method, path);
        if (request.RequestUri is { Query.Length: > 1 } uri)
            request.RequestUri = WithoutEmptyParameters(uri);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        EmptyBodyContent.ReplaceEmptySuccessBody(response);
        return response;
    }

    private static Uri WithoutEmptyParameters(Uri uri)
    {
        var kept = uri.Query[1..].Split('&')
            .Where(pair => pair.Length > 0 && !pair.EndsWith('=') && pair.Contains('='));
        var builder = new UriBuilder(uri) { Query = string.Join('&', kept) };
        return builder.Uri;
    }

    // The URI as built, before "." and ".." were resolved away; an id is the only way one gets there.
    private static bool HasDotSegment(Uri? uri)
    {
        if (uri is null)
            return false;
        var text = uri.OriginalString;
        var end = text.IndexOfAny(['?', '#']);
        var path = end < 0 ? text : text[..end];
        return path.Split('/').Any(segment => segment is "." or "..");
    }

    private static bool HasWorkspace(HttpRequestMessage request) =>
        request.Headers.TryGetValues("Workspace", out var values)
        && values.Any(value => !string.IsNullOrWhiteSpace(value));

    private static bool HasToken(HttpRequestMessage request) =>
        request.Headers.Authorization is { Scheme: "Bearer", Parameter: var token }
        && !string.IsNullOrWhiteSpace(token);
}
