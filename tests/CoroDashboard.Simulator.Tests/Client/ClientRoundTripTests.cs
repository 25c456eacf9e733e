using CoroDashboard.Coro;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Client;

public sealed class ClientRoundTripTests
{
    [Fact]
    public async Task Every_operation_round_trips_through_the_real_client()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        var capture = new CapturingHandler();
        using var clients = new CoroClients(simulator, capture);

        await ClientScenario.RunAsync(simulator, clients);

        var description = ApiDescription.Load();
        var called = capture.Exchanges
            .Select(e => description.Match(e.Method, e.Uri.AbsolutePath)?.Route)
            .OfType<string>()
            .ToHashSet();
        Assert.Equal(description.Operations.Select(o => o.Route).Order(), called.Order());
        Assert.Equal(43, called.Count);
        Assert.Equal(typeof(ICoroApi).GetMethods().Length, called.Count);
    }
}
