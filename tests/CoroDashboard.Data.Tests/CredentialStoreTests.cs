using CoroDashboard.Data.Credentials;
using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data.Tests;

public class CredentialStoreTests
{
    private static readonly NewCredential Alpha = new(
        "Alpha root", "Us", null, "client-alpha", "s3cret-alpha-value", null, "ws-alpha");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_secret_is_stored_encrypted_and_never_listed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<CredentialStore>();

        await store.AddAsync(Alpha);

        await using var db = database.Get<DashboardContextFactory>().Create();
        var row = await db.Credentials.AsNoTracking().SingleAsync();
        Assert.DoesNotContain("s3cret-alpha-value", row.ProtectedSecret);
        var listed = Assert.Single(await store.ListAsync());
        Assert.DoesNotContain("s3cret", listed.ToString());
        Assert.Equal("client-alpha", listed.ClientId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_gateway_gets_the_secret_back_and_a_rotation_replaces_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<CredentialStore>();
        var id = await store.AddAsync(Alpha);

        Assert.Equal("s3cret-alpha-value", Assert.Single(await store.RevealAllAsync()).ClientSecret);
        Assert.True(await store.ReplaceSecretAsync(id, "rotated-value"));
        Assert.Equal("rotated-value", Assert.Single(await store.RevealAllAsync()).ClientSecret);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_a_credential_removes_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<CredentialStore>();
        var id = await store.AddAsync(Alpha);

        Assert.True(await store.DeleteAsync(id));
        Assert.Empty(await store.ListAsync());
        Assert.False(await store.DeleteAsync(id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_credential_with_the_same_client_id_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<CredentialStore>();
        await store.AddAsync(Alpha);

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddAsync(Alpha with { Name = "Again" }));
        Assert.Single(await store.ListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_base_url_and_audience_survive_and_blank_ones_mean_the_defaults(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<CredentialStore>();
        await store.AddAsync(Alpha with { BaseUrl = "http://127.0.0.1:5999/", Audience = "aud" });
        await store.AddAsync(Alpha with { ClientId = "client-blank", BaseUrl = " ", Audience = "" });

        var revealed = (await store.RevealAllAsync()).OrderBy(c => c.ClientId).ToArray();

        Assert.Equal(("http://127.0.0.1:5999/", "aud"), (revealed[0].BaseUrl, revealed[0].Audience));
        Assert.Equal((null, null), (revealed[1].BaseUrl, revealed[1].Audience));
    }

    [Fact]
    public void Credential_text_never_carries_the_secret()
    {
        Assert.DoesNotContain("s3cret", Alpha.ToString());
        Assert.DoesNotContain("s3cret", new StoredCredential { ProtectedSecret = "s3cret" }.ToString());
    }
}
