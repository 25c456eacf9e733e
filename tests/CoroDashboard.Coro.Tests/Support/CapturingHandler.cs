using System.Net;
using System.Text;

namespace CoroDashboard.Coro.Tests.Support;

/// <summary>Records each request and answers with a canned response.</summary>
public sealed class CapturingHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];
    public List<string?> Bodies { get; } = [];

    public static CapturingHandler Json(string json, HttpStatusCode status = HttpStatusCode.OK,
        string mediaType = "application/json") =>
        new(_ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) });

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        return answer(request);
    }
}
