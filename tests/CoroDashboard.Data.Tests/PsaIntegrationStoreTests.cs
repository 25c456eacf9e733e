using CoroDashboard.Data.Psa;

namespace CoroDashboard.Data.Tests;

public class PsaIntegrationStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nonce_can_be_used_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<PsaIntegrationStore>();
        var id = await store.AddAsync("ConnectWise", PsaKind.ConnectWise, ["https://psa.example-msp.test/"], "sign");
        var expires = DateTimeOffset.UtcNow.AddMinutes(5);

        Assert.True(await store.TryUseNonceAsync(id, "n-1", expires));
        Assert.False(await store.TryUseNonceAsync(id, "n-1", expires));
        Assert.True(await store.TryUseNonceAsync(id, "n-2", expires));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Company_maps_replace_and_origins_are_normalised(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<PsaIntegrationStore>();
        var id = await store.AddAsync("Halo", PsaKind.HaloPsa, ["https://psa.example-msp.test/", " "], "sign");

        await store.MapCompanyAsync(id, "cmp-1", "ws-alpha");
        await store.MapCompanyAsync(id, "cmp-1", "ws-bravo");

        var integration = (await store.FindAsync(id))!;
        Assert.Equal(["https://psa.example-msp.test"], integration.AllowedOrigins);
        Assert.Equal("ws-bravo", Assert.Single(integration.Companies).WorkspaceId);
        Assert.Equal("sign", await store.RevealSigningSecretAsync(id));
    }
}
