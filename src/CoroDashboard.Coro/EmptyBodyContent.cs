using System.Net;

namespace CoroDashboard.Coro;

/// <summary>
/// An empty response body that does not announce its length. Refit skips the content serializer
/// for a body of declared length zero and hands back null; without the declared length the
/// serializer runs and reads an empty list or page as empty, which is what Coro meant.
/// </summary>
internal sealed class EmptyBodyContent : HttpContent
{
    public static void ReplaceEmptySuccessBody(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength != 0)
            return;
        var replacement = new EmptyBodyContent();
        foreach (var header in response.Content.Headers.Where(header => header.Key != "Content-Length"))
            replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content.Dispose();
        response.Content = replacement;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        Task.CompletedTask;

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
