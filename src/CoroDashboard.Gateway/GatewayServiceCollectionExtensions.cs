using CoroDashboard.Coro;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Caching;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Counts;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Observability;
using CoroDashboard.Gateway.Overview;
using CoroDashboard.Gateway.Resilience;
using CoroDashboard.Gateway.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoroDashboard.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway over the Coro client: configuration (section <c>Coro</c>), the
    /// credential source, token cache, response cache, resilience and metrics. The host adds its own
    /// <see cref="IAccessScopeResolver"/>. The gateway is scoped because the resolver may be.
    /// </summary>
    public static IServiceCollection AddCoroGateway(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.Configure<CoroGatewayOptions>(configuration.GetSection(CoroGatewayOptions.Section));
        services.Configure<CoroClientOptions>(configuration.GetSection(CoroClientOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddHybridCache(cache =>
        {
            // Device lists of large workspaces are big; the limit only matters when a second
            // level (Redis) stores them.
            cache.MaximumPayloadBytes = 256 * 1024 * 1024;
        });

        services.TryAddSingleton<ICoroCredentialSource, OptionsCredentialSource>();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<TokenCache>();
        services.AddSingleton<CoroCaller>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<CredentialResolver>();
        services.AddSingleton<HierarchySource>();
        services.AddSingleton<FanOut>();
        services.AddSingleton<AgentVersions>();
        services.AddSingleton<ListSnapshots>();
        services.AddSingleton<ListArrangers>();
        services.AddSingleton<CountsSource>();
        services.AddSingleton<OverviewSource>();

        services.AddScoped<AccessPolicy>();
        services.AddScoped<Gatekeeper>();
        services.AddScoped<CountsStream>();
        services.AddScoped<GlobalOverviewBuilder>();
        services.AddScoped<ListPages>();
        services.AddScoped<ItemLookup>();
        services.AddScoped<ICoroGateway, CoroGateway>();

        services.AddCoroClient().AddCoroResilience();
        return services;
    }
}
