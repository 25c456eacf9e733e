using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Faults;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Token;

/// <summary><c>POST /oauth/token</c>: client credentials in a JSON body for a bearer token.</summary>
internal static class TokenEndpoint
{
    private const int CoroLifetimeSeconds = 86400;
    private static readonly string[] RequiredFields = ["client_id", "client_secret", "audience", "grant_type"];

    public static void MapToken(this IEndpointRouteBuilder app) => app.MapPost(ApiRoutes.TokenPath, IssueAsync);

    private static async Task<IResult> IssueAsync(
        HttpContext http, SimulatorDataset dataset, TokenStore tokens, FaultState faults, SimulatorStats stats)
    {
        var request = await ReadAsync(http.Request);
        if (request.GrantType != "client_credentials")
            throw ProblemException.BadRequest("grant_type must be client_credentials");

        var credential = dataset.Credential(request.ClientId);
        if (credential is null || !SameSecret(credential.ClientSecret, request.ClientSecret))
            throw ProblemException.Unauthorized("Unknown client id or wrong client secret");

        var lifetime = TimeSpan.FromSeconds(faults.Live.TokenLifetimeSeconds ?? CoroLifetimeSeconds);
        var (token, _) = tokens.Issue(credential, lifetime);
        stats.CountToken();
        return Wire.Ok(new TokenResponse
        {
            AccessToken = token,
            TokenType = "Bearer",
            ExpiresIn = (long)lifetime.TotalSeconds,
        });
    }

    /// <summary>Every field of the description is required, grant_type included (it has no default here).</summary>
    private static async Task<TokenRequest> ReadAsync(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            throw ProblemException.BadRequest("Malformed JSON body");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw ProblemException.BadRequest("The body must be a JSON object");
            var missing = RequiredFields
                .Where(field => !root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
                .Select(field => $"{field} is required")
                .ToArray();
            if (missing.Length > 0)
                throw ProblemException.BadRequest(missing);
            return root.Deserialize(CoroJson.TypeInfo<TokenRequest>())!;
        }
    }

    private static bool SameSecret(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
