using System.Net;
using System.Text.Json;
using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Faults;

public sealed class FaultTests
{
    [Fact]
    public async Task Error_rate_for_every_route_answers_with_the_chosen_status()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { ErrorRate = new() { ["*"] = 1.0 }, ErrorStatus = 503 };

        using var response = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, simulator.Stats.FaultsOf("error"));
        Assert.Equal(1, simulator.Stats.RequestsFor("GET /v1/devices"));
    }

    [Fact]
    public async Task Error_rate_for_one_route_leaves_the_others_alone()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { ErrorRate = new() { ["GET /v1/tickets/{id}"] = 1.0 } };
        var ticket = simulator.Dataset.Find(Simulators.Alpha)!.Tickets[0].Id;

        using var one = await raw.GetAsync($"/v1/tickets/{ticket}", Simulators.Alpha, token);
        using var list = await raw.GetAsync("/v1/tickets", Simulators.Alpha, token);

        Assert.Equal(HttpStatusCode.InternalServerError, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(1, simulator.Stats.FaultsOf("error"));
    }

    [Fact]
    public async Task Partial_error_rate_fails_some_calls_and_repeats_with_the_same_seed()
    {
        var first = await StatusesAsync(new FaultSettings { ErrorRate = new() { ["*"] = 0.5 } });
        var second = await StatusesAsync(new FaultSettings { ErrorRate = new() { ["*"] = 0.5 } });

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(HttpStatusCode.InternalServerError, first);
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var clients = new CoroClients(simulator);
        var token = await clients.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { RateLimitRate = 1.0, RetryAfterSeconds = 7 };

        var error = await Assert.ThrowsAsync<CoroApiException>(() => clients.Api.GetDevicesAsync(Simulators.Alpha, token, 0, 10));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(1, simulator.Stats.FaultsOf("rateLimit"));
    }

    [Fact]
    public async Task Token_outage_answers_503_on_the_token_endpoint_only()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { TokenOutage = true };

        var outage = await Assert.ThrowsAsync<HttpRequestException>(() => raw.TokenAsync(simulator.RootCredential()));
        using var data = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, outage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        Assert.Equal(1, simulator.Stats.FaultsOf("tokenOutage"));
        Assert.Equal(1, simulator.Stats.TokensIssued);
    }

    [Fact]
    public async Task Token_lifetime_fault_issues_short_tokens()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z"));
        await using var simulator = await Simulators.StartTinyAsync(new FaultSettings { TokenLifetimeSeconds = 60 }, time);
        using var clients = new CoroClients(simulator);
        var credential = simulator.RootCredential();

        var token = await clients.Api.GetTokenAsync(new TokenRequest
        {
            ClientId = credential.ClientId, ClientSecret = credential.ClientSecret, Audience = CoroRegions.DefaultAudience,
        });
        time.Advance(TimeSpan.FromSeconds(60));
        var expired = await Assert.ThrowsAsync<CoroApiException>(
            () => clients.Api.GetDevicesAsync(Simulators.Alpha, token.AccessToken, 0, 10));

        Assert.Equal(60, token.ExpiresIn);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
    }

    [Fact]
    public async Task Malformed_json_fault_cuts_a_200_body_short()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var clients = new CoroClients(simulator);
        var token = await clients.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { MalformedJsonRate = 1.0 };

        var error = await Assert.ThrowsAsync<CoroApiException>(() => clients.Api.GetDevicesAsync(Simulators.Alpha, token, 0, 10));

        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(error.RawBody));
        Assert.Equal(1, simulator.Stats.FaultsOf("malformedJson"));
    }

    [Fact]
    public async Task Unknown_enum_fault_sends_values_the_client_does_not_know()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var clients = new CoroClients(simulator);
        var token = await clients.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { UnknownEnumRate = 1.0 };

        var devices = await clients.Api.GetDevicesAsync(Simulators.Alpha, token, 0, 10);
        var workspaces = await clients.Api.GetWorkspacesAsync(Simulators.Root, token);

        Assert.All(devices.Items, d => Assert.Equal("CHROME_OS", d.OsType.Value));
        Assert.All(devices.Items, d => Assert.False(d.OsType.IsKnown));
        Assert.All(workspaces.Items, w => Assert.Equal("partner", w.Type.Value));
        Assert.All(workspaces.Items, w => Assert.Equal("decommissioned", w.Status?.Value));
        Assert.Equal(2, simulator.Stats.FaultsOf("unknownEnum"));
    }

    [Theory]
    [InlineData("error", HttpStatusCode.InternalServerError)]
    [InlineData("forbidden", HttpStatusCode.Forbidden)]
    public async Task Workspace_fault_affects_only_that_workspace(string kind, HttpStatusCode expected)
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { WorkspaceFaults = new() { [Simulators.Alpha] = kind } };

        using var alpha = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);
        using var bravo = await raw.GetAsync("/v1/devices", Simulators.Bravo, token);

        Assert.Equal(expected, alpha.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bravo.StatusCode);
        Assert.Equal(1, simulator.Stats.FaultsOf($"workspace:{kind}"));
    }

    [Fact]
    public async Task Hanging_workspace_never_answers_until_the_caller_gives_up()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { WorkspaceFaults = new() { [Simulators.Alpha] = "hang" } };
        var hanging = simulator.Stats.FaultAsync("workspace:hang");
        using var giveUp = new CancellationTokenSource();

        var call = raw.Http.SendAsync(Request("/v1/devices", Simulators.Alpha, token), giveUp.Token);
        await hanging;
        using var other = await raw.GetAsync("/v1/devices", Simulators.Bravo, token);
        var stillWaiting = !call.IsCompleted;
        giveUp.Cancel();

        Assert.True(stillWaiting);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Latency_holds_every_answer_back_until_it_has_passed()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { LatencyMs = 600_000 };
        var delayed = simulator.Stats.FaultAsync("latency");
        using var giveUp = new CancellationTokenSource();

        var call = raw.Http.SendAsync(Request("/v1/devices", Simulators.Alpha, token), giveUp.Token);
        await delayed;
        var stillWaiting = !call.IsCompleted;
        giveUp.Cancel();

        Assert.True(stillWaiting);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, simulator.Stats.FaultsOf("latency"));
    }

    [Fact]
    public async Task Jitter_alone_delays_some_answers_by_a_seeded_amount()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = new FaultSettings { JitterMs = 3 };

        for (var i = 0; i < 8; i++)
        {
            using var response = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.InRange(simulator.Stats.FaultsOf("latency"), 1, 8);
    }

    [Fact]
    public async Task Revoking_tokens_makes_every_issued_token_401_until_a_new_one_is_fetched()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var old = await raw.TokenAsync(simulator.RootCredential());

        using var revoke = await raw.Http.PostAsync("/_sim/tokens/revoke", null);
        using var withOld = await raw.GetAsync("/v1/devices", Simulators.Alpha, old);
        using var withNew = await raw.GetAsync("/v1/devices", Simulators.Alpha, await raw.TokenAsync(simulator.RootCredential()));

        Assert.True(revoke.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(2, simulator.Stats.TokensIssued);
    }

    [Fact]
    public async Task Revoke_tokens_in_fault_settings_is_a_one_shot_command()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var old = await raw.TokenAsync(simulator.RootCredential());

        simulator.Faults = new FaultSettings { RevokeTokens = true };
        using var withOld = await raw.GetAsync("/v1/devices", Simulators.Alpha, old);
        using var withNew = await raw.GetAsync("/v1/devices", Simulators.Alpha, await raw.TokenAsync(simulator.RootCredential()));

        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.False(simulator.Faults.RevokeTokens);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(FaultSettings faults)
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        simulator.Faults = faults;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static HttpRequestMessage Request(string path, string workspace, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Workspace", workspace);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
