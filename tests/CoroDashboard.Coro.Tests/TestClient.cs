using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Coro.Tests;

/// <summary>Builds the real client stack (factory, guard, serializer) over a test handler.</summary>
public static class TestClient
{
    public static ICoroApi Create(HttpMessageHandler handler)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCoroClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<CoroApiFactory>().For(new Uri("https://coro.test"));
    }
}
