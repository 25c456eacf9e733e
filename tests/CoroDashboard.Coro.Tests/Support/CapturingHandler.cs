using System.Net;
using System.Text;

namespace CoroDashboard.Coro.Tests.Support;

/// <summary>
/// Records each request (safely across concurrent calls) and answers with a canned response.
/// </summary>
public sealed class CapturingHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
    : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly List<HttpRequestMessage> _requests = [];
    private readonly List<string?> _bodies = [];

    public IReadOnlyList<HttpRequestMessage> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public IReadOnlyList<string?> Bodies
    {
        get { lock (_gate) return [.. _bodies]; }
    }

    public static CapturingHandler Json(string json, HttpStatusCode status = HttpStatusCode.OK,
        string mediaType = "application/json") =>
        new(_ => new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, mediaType),
        });

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null
            ? null
            : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            _requests.Add(request);
            _bodies.Add(body);
        }
        return answer(request);
    }
}
