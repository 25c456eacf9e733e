using CoroDashboard.Coro;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Tests.Configuration;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Credentials_and_limits_come_from_the_coro_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coro:Credentials:0:Name"] = "msp",
            ["Coro:Credentials:0:Region"] = "Eu",
            ["Coro:Credentials:0:ClientId"] = "msp-client",
            ["Coro:Credentials:0:ClientSecret"] = "msp-secret",
            ["Coro:Credentials:0:WorkspaceId"] = "ch",
            ["Coro:Credentials:1:Name"] = "no client id yet",
            ["Coro:Credentials:1:WorkspaceId"] = "ws-alpha",
            ["Coro:Gateway:MaxConcurrency"] = "4",
            ["Coro:Gateway:Lifetimes:List"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCoroGateway(configuration);
        await using var provider = services.BuildServiceProvider();

        var credentials = await provider.GetRequiredService<ICoroCredentialSource>()
            .GetCredentialsAsync(CancellationToken.None);
        var gateway = provider.GetRequiredService<IOptions<CoroGatewayOptions>>().Value.Gateway;

        var credential = Assert.Single(credentials);
        Assert.Equal(("msp", CoroRegion.Eu, "msp-client", "msp-secret", "ch"), (credential.Name,
            credential.Region, credential.ClientId, credential.ClientSecret, credential.WorkspaceId));
        Assert.Equal(CoroRegions.BaseUrl(CoroRegion.Eu), credential.EffectiveBaseUrl);
        Assert.Equal(4, gateway.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(30), gateway.Lifetimes.List);
    }
}
