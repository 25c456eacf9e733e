using System.Globalization;
using CoroDashboard.Data.Psa;
using Microsoft.Extensions.Primitives;

namespace CoroDashboard.Web.Embedding;

/// <summary>Why a launch link was refused, in words shown on the error page.</summary>
public enum LaunchRejection
{
    Malformed,
    UnknownIntegration,
    Tampered,
    Expired,
    LifetimeTooLong,
    Replayed,
    Unmapped,
}

/// <summary>The outcome of checking a launch link.</summary>
public sealed record LaunchVerdict(
    LaunchRejection? Rejection,
    string? WorkspaceId,
    Guid IntegrationId,
    IReadOnlyList<string> AllowedOrigins)
{
    public bool Accepted => Rejection is null;
}

/// <summary>
/// Checks a launch link in the order that leaks least: the integration must exist, the signature
/// must match (so nothing else is revealed to a forger), the expiry must be near and in the future,
/// the nonce unused, and the company mapped to a workspace.
/// </summary>
public sealed class LaunchVerifier(PsaIntegrationStore integrations, TimeProvider clock)
{
    // Clocks of the PSA and the dashboard differ a little; a link may run this much past its
    // stated expiry or start this much early.
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public async Task<LaunchVerdict> VerifyAsync(
        IReadOnlyDictionary<string, StringValues> query, CancellationToken cancellationToken)
    {
        if (Parse(query) is not ({ } link, { } signature))
            return Refuse(LaunchRejection.Malformed);

        var integration = await integrations.FindAsync(link.IntegrationId, cancellationToken);
        var secret = integration is null
            ? null
            : await integrations.RevealSigningSecretAsync(link.IntegrationId, cancellationToken);
        if (integration is null || secret is null)
            return Refuse(LaunchRejection.UnknownIntegration);
        if (!LaunchLinks.HasValidSignature(link, signature, secret))
            return Refuse(LaunchRejection.Tampered, integration);

        var now = clock.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds(link.ExpiresAt);
        if (expires + Skew < now)
            return Refuse(LaunchRejection.Expired, integration);
        if (expires - now > LaunchLinks.MaxLifetime + Skew)
            return Refuse(LaunchRejection.LifetimeTooLong, integration);

        var workspaceId = link.SubjectIsWorkspace
            ? integration.Companies.FirstOrDefault(c => c.WorkspaceId == link.Subject)?.WorkspaceId
            : integration.Companies.FirstOrDefault(c => c.CompanyId == link.Subject)?.WorkspaceId;
        if (workspaceId is null)
            return Refuse(LaunchRejection.Unmapped, integration);

        if (!await integrations.TryUseNonceAsync(link.IntegrationId, link.Nonce, expires + Skew, cancellationToken))
            return Refuse(LaunchRejection.Replayed, integration);

        return new LaunchVerdict(null, workspaceId, integration.Id, integration.AllowedOrigins);
    }

    private static (LaunchLink?, string?) Parse(IReadOnlyDictionary<string, StringValues> query)
    {
        var integration = Single(query, "integration");
        var company = Single(query, "company");
        var workspace = Single(query, "workspace");
        var expires = Single(query, "expires");
        var nonce = Single(query, "nonce");
        var signature = Single(query, "signature");

        if (!Guid.TryParse(integration, out var integrationId)
            || (company is null) == (workspace is null)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || string.IsNullOrEmpty(nonce) || nonce.Length > 128
            || string.IsNullOrEmpty(signature))
            return (null, null);

        var link = new LaunchLink(integrationId, (company ?? workspace)!, workspace is not null, expiresAt, nonce);
        return (link, signature);
    }

    private static string? Single(IReadOnlyDictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 && !string.IsNullOrEmpty(values[0])
            ? values[0]
            : null;

    private static LaunchVerdict Refuse(LaunchRejection why, PsaIntegrationSummary? integration = null) =>
        new(why, null, integration?.Id ?? Guid.Empty, integration?.AllowedOrigins ?? []);
}
