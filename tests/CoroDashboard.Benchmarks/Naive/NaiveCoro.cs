using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Benchmarks.Naive;

/// <summary>
/// The way a dashboard without a gateway would talk to Coro, for comparison: the same client, but a
/// new token before every call, nothing cached, and one call at a time.
/// </summary>
internal sealed class NaiveCoro : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ICoroApi _api;

    private NaiveCoro(ServiceProvider services, Uri baseUrl)
    {
        _services = services;
        _api = services.GetRequiredService<CoroApiFactory>().For(baseUrl);
    }

    public static NaiveCoro Create(RunningSimulator simulator)
    {
        var services = new ServiceCollection();
        services.AddCoroClient();
        return new NaiveCoro(services.BuildServiceProvider(), simulator.BaseUrl);
    }

    /// <summary>One call with a token fetched just for it. Coro's refusals count as answers.</summary>
    public async Task<T?> CallAsync<T>(
        SimulatorCredential credential, Func<ICoroApi, string, Task<T>> call)
    {
        var token = await _api.GetTokenAsync(new TokenRequest
        {
            ClientId = credential.ClientId,
            ClientSecret = credential.ClientSecret,
            Audience = CoroRegions.DefaultAudience,
        });
        try
        {
            return await call(_api, token.AccessToken);
        }
        catch (CoroApiException)
        {
            return default;
        }
    }

    /// <summary>Every page of a list, each page with a token of its own.</summary>
    public async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        SimulatorCredential credential,
        string workspaceId,
        Func<ICoroApi, string, string, int, int, Task<Page<T>>> readPage)
    {
        var rows = await CoroPaging.ReadAllAsync<T>(
            async (page, size, _) => await CallAsync(
                credential, (api, token) => readPage(api, workspaceId, token, page, size))
                ?? new Page<T>());
        return rows;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
