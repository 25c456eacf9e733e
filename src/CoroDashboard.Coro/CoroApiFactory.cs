using Refit;

namespace CoroDashboard.Coro;

/// <summary>
/// Hands out an <see cref="ICoroApi"/> for one Coro host. Each call gets a fresh client over the
/// pooled handlers of <see cref="IHttpClientFactory"/>, so resilience and connection reuse are shared
/// while the base address follows the credential's region.
/// </summary>
public sealed class CoroApiFactory(IHttpClientFactory httpClientFactory, CoroContentSerializer serializer)
{
    public const string HttpClientName = "coro";

    private readonly RefitSettings _settings = new(serializer, new CoroUrlParameterFormatter())
    {
        ExceptionFactory = async response => response.IsSuccessStatusCode
            ? null
            : await CoroApiException.FromResponseAsync(response).ConfigureAwait(false),
        DeserializationExceptionFactory = async (response, error) =>
            CoroApiException.MalformedBody(
                response.StatusCode, await ReadSafelyAsync(response).ConfigureAwait(false), error),
        // Transport failures (a refused connection, a timeout, a call stopped by the request
        // guard) surface as themselves rather than wrapped in Refit's type.
        TransportExceptionFactory = (_, error, _) => error,
    };

    public ICoroApi For(Uri baseUrl)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        http.BaseAddress = baseUrl;
        return RestService.ForGenerated<ICoroApi>(http, _settings);
    }

    private static async Task<string> ReadSafelyAsync(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (error is InvalidOperationException or ObjectDisposedException)
        {
            return "";
        }
    }
}
