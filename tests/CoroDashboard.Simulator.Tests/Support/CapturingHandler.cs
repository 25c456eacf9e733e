using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>Records each request the client sends and the answer it got, as they crossed the wire.</summary>
public sealed class CapturingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Exchange> _exchanges = new();

    public IReadOnlyList<Exchange> Exchanges => [.. _exchanges];

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        _exchanges.Enqueue(new Exchange(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType,
            requestBody,
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            responseBody));
        return response;
    }
}

public sealed record Exchange(
    string Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    MediaTypeHeaderValue? ContentType,
    string? RequestBody,
    int Status,
    string? ResponseMediaType,
    string ResponseBody);
