using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Simulator.Tests.Access;

public sealed class TokenTests
{
    [Fact]
    public async Task Known_credential_gets_a_bearer_token_for_a_day()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var clients = new CoroClients(simulator);
        var credential = simulator.RootCredential();

        var token = await clients.Api.GetTokenAsync(new TokenRequest
        {
            ClientId = credential.ClientId, ClientSecret = credential.ClientSecret, Audience = CoroRegions.DefaultAudience,
        });

        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(86400, token.ExpiresIn);
        Assert.True(token.AccessToken.Length >= 32);
        Assert.Equal(1, simulator.Stats.TokensIssued);
    }

    [Fact]
    public async Task Wrong_secret_gets_401()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);

        using var response = await raw.Http.PostAsJsonAsync("/oauth/token",
            RawApi.TokenBody(simulator.RootCredential().ClientId, "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, simulator.Stats.TokensIssued);
    }

    [Fact]
    public async Task Unknown_client_id_gets_401()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);

        using var response = await raw.Http.PostAsJsonAsync("/oauth/token", RawApi.TokenBody("nobody", "tiny-root-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"client_id":"tiny-root-client","client_secret":"tiny-root-secret","audience":"a","grant_type":"password"}""")]
    [InlineData("""{"client_id":"tiny-root-client","client_secret":"tiny-root-secret","audience":"a"}""")]
    [InlineData("""{"client_id":"tiny-root-client","client_secret":"tiny-root-secret","grant_type":"client_credentials"}""")]
    [InlineData("""{"client_id":"tiny-root-client",""")]
    [InlineData("""["client_credentials"]""")]
    public async Task Malformed_token_request_gets_400(string body)
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);

        using var response = await raw.SendAsync(HttpMethod.Post, "/oauth/token", null, null, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_stops_working_once_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z"));
        await using var simulator = await Simulators.StartTinyAsync(time: time);
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());

        time.Advance(TimeSpan.FromSeconds(86399));
        using var justBefore = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);
        time.Advance(TimeSpan.FromSeconds(1));
        using var atExpiry = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, atExpiry.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_reported_through_the_client_as_401()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z"));
        await using var simulator = await Simulators.StartTinyAsync(time: time);
        using var clients = new CoroClients(simulator);
        var token = await clients.TokenAsync(simulator.RootCredential());

        time.Advance(TimeSpan.FromDays(1));
        var error = await Assert.ThrowsAsync<CoroApiException>(() => clients.Api.GetDevicesAsync(Simulators.Alpha, token, 0, 10));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.NotNull(error.TraceId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dGlueQ==")]
    [InlineData("Bearer made-up-token")]
    public async Task Data_call_without_a_live_token_gets_401(string? authorization)
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/devices");
        request.Headers.Add("Workspace", Simulators.Alpha);
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await raw.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unauthorized", body.RootElement.GetProperty("title").GetString());
    }
}
