using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>Plain HTTP calls to a simulator, for answers the typed client would hide.</summary>
public sealed class RawApi(RunningSimulator simulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = simulator.BaseUrl };

    public HttpClient Http => _http;

    public async Task<string> TokenAsync(SimulatorCredential credential)
    {
        using var response = await _http.PostAsJsonAsync("/oauth/token", TokenBody(credential.ClientId, credential.ClientSecret));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    public static object TokenBody(string clientId, string secret) => new Dictionary<string, string>
    {
        ["client_id"] = clientId,
        ["client_secret"] = secret,
        ["audience"] = "https://secure.coro.net/api",
        ["grant_type"] = "client_credentials",
    };

    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string pathAndQuery, string? workspace, string? token, string? jsonBody = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (workspace is not null)
            request.Headers.Add("Workspace", workspace);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (jsonBody is not null)
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? workspace, string? token) =>
        SendAsync(HttpMethod.Get, pathAndQuery, workspace, token);

    public void Dispose() => _http.Dispose();
}
