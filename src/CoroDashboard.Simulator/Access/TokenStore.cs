using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CoroDashboard.Simulator.Access;

/// <summary>
/// The bearer tokens issued so far, each bound to the credential it was issued for and expiring by
/// the simulator's time provider.
/// </summary>
internal sealed class TokenStore(SimulatorOptions options)
{
    private readonly ConcurrentDictionary<string, TokenGrant> _grants = new(StringComparer.Ordinal);

    public (string Token, TimeSpan Lifetime) Issue(SimulatorCredential credential, TimeSpan lifetime)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _grants[token] = new TokenGrant(credential, options.TimeProvider.GetUtcNow() + lifetime);
        return (token, lifetime);
    }

    /// <summary>The credential behind a live token; null for an unknown, revoked or expired one.</summary>
    public SimulatorCredential? Resolve(string token)
    {
        if (!_grants.TryGetValue(token, out var grant))
            return null;
        if (options.TimeProvider.GetUtcNow() < grant.ExpiresAt)
            return grant.Credential;
        _grants.TryRemove(token, out _);
        return null;
    }

    public void RevokeAll() => _grants.Clear();

    private sealed record TokenGrant(SimulatorCredential Credential, DateTimeOffset ExpiresAt);
}
