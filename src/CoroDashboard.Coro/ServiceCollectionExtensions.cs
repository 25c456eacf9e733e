using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Coro;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Coro client: the content serializer, the factory and the named HTTP client.
    /// Returns the HTTP client builder so the host can add resilience or a test handler.
    /// </summary>
    public static IHttpClientBuilder AddCoroClient(this IServiceCollection services)
    {
        services.AddSingleton<CoroContentSerializer>();
        services.AddSingleton<CoroApiFactory>();
        services.AddTransient<CoroRequestGuard>();
        return services.AddHttpClient(CoroApiFactory.HttpClientName)
            .AddHttpMessageHandler<CoroRequestGuard>();
    }
}
