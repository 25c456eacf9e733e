using System.Net;
using System.Text;

namespace CoroDashboard.Coro;

/// <summary>
/// Any answer from Coro that is not a success, whatever its body: problem+json, plain JSON, an
/// empty body, or an HTML page from a proxy. The message is safe to show a user: it never holds a
/// token or the raw body (that is in <see cref="RawBody"/>, for logs at Debug).
/// </summary>
public sealed class CoroApiException : Exception
{
    private CoroApiException(
        HttpStatusCode status, string title, IReadOnlyList<string> errors, string? traceId,
        string rawBody, TimeSpan? retryAfter, Exception? inner)
        : base(Describe(status, title, traceId), inner)
    {
        Status = status;
        Title = title;
        Errors = errors;
        TraceId = traceId;
        RawBody = rawBody;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Coro's title, or the HTTP reason ("Service unavailable (502)") when there is none.</summary>
    public string Title { get; }

    /// <summary>Each entry of Coro's <c>errors[]</c>, as text.</summary>
    public IReadOnlyList<string> Errors { get; }

    public string? TraceId { get; }

    /// <summary>The body as received, cut to 4 KiB. Log it at Debug only.</summary>
    public string RawBody { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>True for answers where trying again later may succeed (429, 5xx, 408).</summary>
    public bool IsTransient =>
        Status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)Status >= 500;

    /// <summary>Builds the exception from a failed response; reads the body once.</summary>
    public static async Task<CoroApiException> FromResponseAsync(
        HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        // Decoded as UTF-8 whatever the declared charset: a proxy page with an unknown charset
        // must still become this exception rather than a decoding error.
        var bytes = response.Content is null
            ? []
            : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var raw = Encoding.UTF8.GetString(bytes);
        var traceHeader = response.Headers.TryGetValues("X-Coro-Trace-Id", out var values)
            ? values.FirstOrDefault()
            : null;
        return FromBody(response.StatusCode, raw, traceHeader, ReadRetryAfter(response));
    }

    /// <summary>Builds the exception from a status and a body that was already read.</summary>
    public static CoroApiException FromBody(
        HttpStatusCode status, string raw, string? traceHeader = null, TimeSpan? retryAfter = null,
        Exception? inner = null)
    {
        var (bodyTitle, errors, bodyTrace) = ErrorBodyReader.Read(raw);
        var title = string.IsNullOrWhiteSpace(bodyTitle) ? DefaultTitle(status) : bodyTitle;
        var traceId = bodyTrace ?? traceHeader;
        return new CoroApiException(status, title, errors, traceId, Cut(raw), retryAfter, inner);
    }

    /// <summary>A success answer whose body could not be read as the expected type.</summary>
    public static CoroApiException MalformedBody(HttpStatusCode status, string raw, Exception inner) =>
        new(status, "Coro sent an answer that could not be read", [], null, Cut(raw), null, inner);

    private static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
            return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static string DefaultTitle(HttpStatusCode status) => (int)status switch
    {
        400 => "Bad request (400)",
        401 => "Unauthorized (401)",
        403 => "Forbidden (403)",
        404 => "Not found (404)",
        408 => "Request timed out (408)",
        429 => "Too many requests (429)",
        502 => "Service unavailable (502)",
        503 => "Service unavailable (503)",
        504 => "Service unavailable (504)",
        >= 500 => $"Coro error ({(int)status})",
        _ => $"Unexpected answer ({(int)status})",
    };

    private static string Describe(HttpStatusCode status, string title, string? traceId) =>
        traceId is null
            ? $"Coro answered {(int)status}: {title}"
            : $"Coro answered {(int)status}: {title} (trace {traceId})";

    private static string Cut(string raw) => raw.Length <= 4096 ? raw : raw[..4096];
}
