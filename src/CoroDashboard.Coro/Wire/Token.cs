using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

/// <summary>The client-credentials request. The body is JSON, not a form.</summary>
public sealed record TokenRequest
{
    [JsonPropertyName("client_id")] public required string ClientId { get; init; }

    [JsonPropertyName("client_secret")] public required string ClientSecret { get; init; }

    [JsonPropertyName("audience")] public required string Audience { get; init; }

    [JsonPropertyName("grant_type")] public string GrantType { get; init; } = "client_credentials";

    // A record prints every property; the secret must never reach a log through ToString.
    public override string ToString() => $"TokenRequest {{ ClientId = {ClientId}, Audience = {Audience} }}";
}

public sealed record TokenResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get => field ?? ""; init; }

    [JsonPropertyName("token_type")] public string TokenType { get; init; } = "Bearer";

    [JsonPropertyName("expires_in")] public long ExpiresIn { get; init; }

    public override string ToString() =>
        $"TokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn} }}";
}
