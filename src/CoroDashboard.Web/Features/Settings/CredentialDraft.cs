using CoroDashboard.Coro;
using CoroDashboard.Data.Credentials;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>
/// What the credentials form collects. The secret lives here only until it is saved; the form
/// then starts from a new, empty draft, so the secret does not stay in the circuit.
/// </summary>
public sealed class CredentialDraft
{
    public string Name { get; set; } = "";

    public CoroRegion Region { get; set; } = CoroRegion.Us;

    /// <summary>Instead of the region: another Coro-compatible address (a test tenant, a mock).</summary>
    public string BaseUrl { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string Audience { get; set; } = "";

    public string WorkspaceId { get; set; } = "";

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
            problems.Add("Give the credential a name you will recognise.");
        if (string.IsNullOrWhiteSpace(ClientId))
            problems.Add("Enter the client id.");
        if (string.IsNullOrWhiteSpace(ClientSecret))
            problems.Add("Enter the client secret.");
        if (string.IsNullOrWhiteSpace(WorkspaceId))
            problems.Add("Enter the workspace the credential was created in.");
        if (BaseUrl.Trim() is { Length: > 0 } url && !IsHttpUrl(url))
            problems.Add("The base URL must be an absolute http or https address.");
        return problems;
    }

    public NewCredential ToNewCredential() => new(
        Name.Trim(), Region.ToString(), BaseUrl.Trim(), ClientId.Trim(), ClientSecret,
        Audience.Trim(), WorkspaceId.Trim());

    // Nothing of the draft is printed with its secret.
    public override string ToString() => $"CredentialDraft {{ Name = {Name}, ClientId = {ClientId} }}";

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
