using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>The real client stack (<c>AddCoroClient</c>, factory, guard, serializer) pointed at a simulator.</summary>
public sealed class CoroClients : IDisposable
{
    private readonly ServiceProvider _provider;

    public CoroClients(RunningSimulator simulator, CapturingHandler? capture = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var http = services.AddCoroClient();
        if (capture is not null)
            http.AddHttpMessageHandler(() => capture);
        _provider = services.BuildServiceProvider();
        Api = _provider.GetRequiredService<CoroApiFactory>().For(simulator.BaseUrl);
    }

    public ICoroApi Api { get; }

    public async Task<string> TokenAsync(SimulatorCredential credential) =>
        (await Api.GetTokenAsync(new TokenRequest
        {
            ClientId = credential.ClientId,
            ClientSecret = credential.ClientSecret,
            Audience = CoroRegions.DefaultAudience,
        })).AccessToken;

    public void Dispose() => _provider.Dispose();
}
