using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Coro.Tests.Support;

/// <summary>Builds the real client stack (factory, guard, serializer) over a test handler.</summary>
public static class TestClient
{
    public static readonly Uri BaseUrl = new("https://coro.test");

    public static ICoroApi Create(HttpMessageHandler handler, ILoggerProvider? logs = null) =>
        Factory(handler, logs).For(BaseUrl);

    /// <summary>The factory itself, for tests that take several clients from one pool.</summary>
    public static CoroApiFactory Factory(HttpMessageHandler handler, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            if (logs is not null)
                builder.AddProvider(logs);
        });
        services.AddCoroClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider().GetRequiredService<CoroApiFactory>();
    }
}
