using System.Collections.Concurrent;
using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Tokens;

/// <summary>
/// One live token per credential (<see cref="TokenSlot"/>), requested from the credential's own
/// host. A token request that fails for a passing reason is tried again a few times, once for
/// all the callers waiting on it.
/// </summary>
internal sealed class TokenCache(
    CoroApiFactory apiFactory,
    TimeProvider clock,
    IOptionsMonitor<CoroGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<TokenCache> logger)
{
    private static readonly TimeSpan DocumentedLifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<CoroCredential, TokenSlot> _slots = new();

    public Task<AccessToken> GetAsync(CoroCredential credential, CancellationToken cancellationToken) =>
        Slot(credential).GetAsync(cancellationToken);

    public void Evict(CoroCredential credential, AccessToken rejected) => Slot(credential).Evict(rejected);

    private TokenSlot Slot(CoroCredential credential) =>
        _slots.GetOrAdd(credential, key => new TokenSlot(
            key,
            clock,
            RequestWithRetriesAsync,
            remaining => logger.TokenRenewing(key.Name, remaining)));

    private async Task<AccessToken> RequestWithRetriesAsync(CoroCredential credential)
    {
        var settings = options.CurrentValue.Gateway;
        var delay = settings.TokenRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RequestAsync(credential).ConfigureAwait(false);
            }
            catch (Exception error) when (IsPassing(error) && attempt <= settings.TokenRetries)
            {
                logger.TokenFailed(credential.Name, attempt, Describe(error));
                await Task.Delay(delay, clock).ConfigureAwait(false);
                delay *= 2;
            }
            catch (Exception error)
            {
                logger.TokenFailed(credential.Name, attempt, Describe(error));
                throw new TokenUnavailableException(credential.Name, error);
            }
        }
    }

    private async Task<AccessToken> RequestAsync(CoroCredential credential)
    {
        logger.TokenRequested(credential.Name);
        var api = apiFactory.For(credential.EffectiveBaseUrl);
        var request = new TokenRequest
        {
            ClientId = credential.ClientId,
            ClientSecret = credential.ClientSecret,
            Audience = credential.Audience,
        };

        TokenResponse answer;
        try
        {
            answer = await api.GetTokenAsync(request).ConfigureAwait(false);
        }
        catch
        {
            metrics.TokenRequest("failed");
            throw;
        }

        metrics.TokenRequest("ok");
        if (string.IsNullOrEmpty(answer.AccessToken))
            throw new InvalidOperationException("Coro answered the token request without a token.");
        var lifetime = answer.ExpiresIn > 0 ? TimeSpan.FromSeconds(answer.ExpiresIn) : DocumentedLifetime;
        logger.TokenFetched(credential.Name, lifetime);
        return new AccessToken(answer.AccessToken, clock.GetTimestamp(), lifetime);
    }

    private static bool IsPassing(Exception error) => error switch
    {
        CoroApiException coro => coro.IsTransient,
        HttpRequestException or TimeoutException or TaskCanceledException => true,
        Polly.Timeout.TimeoutRejectedException => true,
        _ => false,
    };

    private static string Describe(Exception error) => error switch
    {
        CoroApiException coro => coro.Message,
        HttpRequestException => "Coro could not be reached",
        TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException =>
            "the token request timed out",
        _ => error.GetType().Name,
    };
}
