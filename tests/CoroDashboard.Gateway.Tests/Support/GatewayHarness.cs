using CoroDashboard.Coro;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>The real gateway registration over a <see cref="FakeCoro"/>, with test scopes.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private GatewayHarness(FakeCoro coro, LogCapture logs, ServiceProvider services)
    {
        Coro = coro;
        Logs = logs;
        _services = services;
        _scope = services.CreateAsyncScope();
        Gateway = _scope.ServiceProvider.GetRequiredService<ICoroGateway>();
        Scopes = services.GetRequiredService<TestScopes>();
    }

    public FakeCoro Coro { get; }
    public LogCapture Logs { get; }
    public ICoroGateway Gateway { get; }
    public TestScopes Scopes { get; }
    public IServiceProvider Services => _services;

    public System.Security.Claims.ClaimsPrincipal Admin =>
        Scopes.Person("admin", AccessScope.Channel(Dataset.Channel));

    public static GatewayHarness Create(
        Action<FakeCoro>? seed = null,
        IReadOnlyList<CoroCredential>? credentials = null,
        FakeTimeProvider? clock = null,
        Action<GatewaySettings>? settings = null)
    {
        var coro = new FakeCoro();
        (seed ?? Dataset.Small)(coro);
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        if (clock is not null)
            services.AddSingleton<TimeProvider>(clock);
        services.AddCoroGateway(new ConfigurationBuilder().Build());
        services.Configure<CoroGatewayOptions>(options =>
        {
            options.Credentials = [.. (credentials ?? [Dataset.ChannelCredential])
                .Select(credential => credential with { BaseUrl = new Uri("http://127.0.0.1:9") })];
            options.Gateway.TokenRetryDelay = TimeSpan.Zero;
            settings?.Invoke(options.Gateway);
        });
        services.AddSingleton<TestScopes>();
        services.AddSingleton<IAccessScopeResolver>(provider => provider.GetRequiredService<TestScopes>());
        services.AddHttpClient(CoroApiFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => coro);
        return new GatewayHarness(coro, logs, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
