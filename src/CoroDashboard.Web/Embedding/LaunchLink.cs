using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// A signed launch link's fields. The PSA (or an MSP admin testing the setup) signs them with the
/// integration's secret; the dashboard checks the signature, the expiry and the nonce before it
/// opens an embedded session.
/// </summary>
/// <param name="IntegrationId">The PSA integration whose secret signed the link.</param>
/// <param name="Subject">What the link opens: a PSA company id, or a workspace id.</param>
/// <param name="SubjectIsWorkspace">True when <paramref name="Subject"/> is a workspace id.</param>
/// <param name="ExpiresAt">Unix seconds; at most <see cref="LaunchLinks.MaxLifetime"/> ahead.</param>
/// <param name="Nonce">Random, single use.</param>
public sealed record LaunchLink(
    Guid IntegrationId,
    string Subject,
    bool SubjectIsWorkspace,
    long ExpiresAt,
    string Nonce);

/// <summary>How launch links are written and signed: HMAC-SHA256 over a canonical text.</summary>
public static class LaunchLinks
{
    public const string Path = "/embed/launch";

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The text that is signed: every field, one per line, under a version tag.</summary>
    public static string Canonical(LaunchLink link) => string.Join('\n',
        "v1",
        link.IntegrationId.ToString("D"),
        link.SubjectIsWorkspace ? "workspace" : "company",
        link.Subject,
        link.ExpiresAt.ToString(CultureInfo.InvariantCulture),
        link.Nonce);

    public static string Sign(LaunchLink link, string secret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Canonical(link)));
        return Base64UrlEncode(mac);
    }

    public static bool HasValidSignature(LaunchLink link, string signature, string secret)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(link, secret));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The relative URL of a signed link, e.g. for a PSA button or a test.</summary>
    public static string ToUrl(LaunchLink link, string secret)
    {
        var subjectKey = link.SubjectIsWorkspace ? "workspace" : "company";
        return $"{Path}?integration={link.IntegrationId:D}&{subjectKey}={Uri.EscapeDataString(link.Subject)}"
            + $"&expires={link.ExpiresAt.ToString(CultureInfo.InvariantCulture)}"
            + $"&nonce={Uri.EscapeDataString(link.Nonce)}&signature={Sign(link, secret)}";
    }

    public static string NewNonce() => Base64UrlEncode(RandomNumberGenerator.GetBytes(18));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
