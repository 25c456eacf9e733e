using CoroDashboard.Data;
using CoroDashboard.Data.Psa;
using CoroDashboard.Web.Embedding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Web.Tests.Embedding;

public sealed class LaunchVerifierTests : IAsyncLifetime
{
    private const string Secret = "psa-signing-secret";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-04T10:00:00Z"));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corodashboard-embed-");
    private ServiceProvider _services = null!;
    private Guid _integrationId;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddDashboardData(new DatabaseOptions
            {
                ConnectionString = $"Data Source={_folder.FullName}/embed.db;Pooling=false",
            })
            .AddSingleton<LaunchVerifier>()
            .BuildServiceProvider();
        await DashboardDatabase.MigrateAsync(_services);
        var store = _services.GetRequiredService<PsaIntegrationStore>();
        _integrationId = await store.AddAsync("ConnectWise", PsaKind.ConnectWise, ["https://psa.example-msp.test"], Secret);
        await store.MapCompanyAsync(_integrationId, "cmp-100", "ws-alpha");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_fresh_signed_link_for_a_mapped_company_opens_its_workspace()
    {
        var verdict = await VerifyAsync(LaunchLinks.ToUrl(Link("cmp-100"), Secret));

        Assert.True(verdict.Accepted);
        Assert.Equal("ws-alpha", verdict.WorkspaceId);
        Assert.Equal(["https://psa.example-msp.test"], verdict.AllowedOrigins);
    }

    [Fact]
    public async Task A_link_whose_company_was_changed_after_signing_is_tampered()
    {
        var url = LaunchLinks.ToUrl(Link("cmp-100"), Secret).Replace("company=cmp-100", "company=cmp-200");

        Assert.Equal(LaunchRejection.Tampered, (await VerifyAsync(url)).Rejection);
    }

    [Fact]
    public async Task A_link_signed_with_another_secret_is_tampered()
    {
        Assert.Equal(LaunchRejection.Tampered, (await VerifyAsync(LaunchLinks.ToUrl(Link("cmp-100"), "guess"))).Rejection);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var url = LaunchLinks.ToUrl(Link("cmp-100"), Secret);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(LaunchRejection.Expired, (await VerifyAsync(url)).Rejection);
    }

    [Fact]
    public async Task A_link_valid_for_more_than_five_minutes_is_refused()
    {
        var link = Link("cmp-100") with { ExpiresAt = _clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds() };

        Assert.Equal(LaunchRejection.LifetimeTooLong, (await VerifyAsync(LaunchLinks.ToUrl(link, Secret))).Rejection);
    }

    [Fact]
    public async Task A_link_used_twice_is_a_replay()
    {
        var url = LaunchLinks.ToUrl(Link("cmp-100"), Secret);

        Assert.True((await VerifyAsync(url)).Accepted);
        Assert.Equal(LaunchRejection.Replayed, (await VerifyAsync(url)).Rejection);
    }

    [Fact]
    public async Task A_company_with_no_workspace_is_unmapped()
    {
        Assert.Equal(LaunchRejection.Unmapped, (await VerifyAsync(LaunchLinks.ToUrl(Link("cmp-999"), Secret))).Rejection);
    }

    [Fact]
    public async Task A_workspace_link_only_opens_a_workspace_the_integration_maps()
    {
        var mapped = Link("ws-alpha") with { SubjectIsWorkspace = true };
        var other = Link("ws-bravo") with { SubjectIsWorkspace = true };

        Assert.Equal("ws-alpha", (await VerifyAsync(LaunchLinks.ToUrl(mapped, Secret))).WorkspaceId);
        Assert.Equal(LaunchRejection.Unmapped, (await VerifyAsync(LaunchLinks.ToUrl(other, Secret))).Rejection);
    }

    [Theory]
    [InlineData("/embed/launch")]
    [InlineData("/embed/launch?integration=not-a-guid&company=c&expires=1&nonce=n&signature=s")]
    [InlineData("/embed/launch?integration=00000000-0000-0000-0000-000000000001&expires=1&nonce=n&signature=s")]
    public async Task Links_missing_their_fields_are_malformed(string url)
    {
        Assert.Equal(LaunchRejection.Malformed, (await VerifyAsync(url)).Rejection);
    }

    [Fact]
    public async Task A_link_for_an_unknown_integration_is_refused()
    {
        var link = Link("cmp-100") with { IntegrationId = Guid.NewGuid() };

        Assert.Equal(LaunchRejection.UnknownIntegration, (await VerifyAsync(LaunchLinks.ToUrl(link, Secret))).Rejection);
    }

    private LaunchLink Link(string company) => new(
        _integrationId, company, SubjectIsWorkspace: false,
        _clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds(), LaunchLinks.NewNonce());

    private Task<LaunchVerdict> VerifyAsync(string relativeUrl)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://dashboard.test" + relativeUrl).Query);
        return _services.GetRequiredService<LaunchVerifier>()
            .VerifyAsync(query.ToDictionary(p => p.Key, p => p.Value), CancellationToken.None);
    }
}
