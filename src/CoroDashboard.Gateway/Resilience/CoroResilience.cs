using CoroDashboard.Coro;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CoroDashboard.Gateway.Resilience;

/// <summary>
/// The resilience pipeline of the "coro" HTTP client, one per Coro host so a failing region
/// trips only its own circuit breaker. Only GET is retried: a POST, PUT or DELETE that reached
/// Coro may have acted already, so it is never sent twice automatically.
/// </summary>
internal static class CoroResilience
{
    public const string PipelineName = "coro";

    public static IHttpClientBuilder AddCoroResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
            {
                var client = context.ServiceProvider.GetRequiredService<IOptionsMonitor<CoroClientOptions>>()
                    .CurrentValue;
                // Retry waits and attempt timeouts are about the network, so they run on the real
                // clock; the injected clock drives token lifetimes and cache freshness.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(client.TotalTimeout)
                    .AddRetry(Retry())
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions())
                    .AddTimeout(client.AttemptTimeout);
            })
            .SelectPipelineByAuthority();
        return builder;
    }

    private static HttpRetryStrategyOptions Retry() => new()
    {
        MaxRetryAttempts = 3,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(300),
        MaxDelay = TimeSpan.FromSeconds(30),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(
            args.Context.GetRequestMessage()?.Method == HttpMethod.Get
            && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
    };
}
