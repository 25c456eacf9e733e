using CoroDashboard.Coro;
using CoroDashboard.Data.Credentials;
using CoroDashboard.Gateway.Credentials;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// The Coro credentials MSP admins entered on the settings page, decrypted for the gateway. They
/// are read again whenever one changes here, and at least every minute so that a change made on
/// another dashboard instance sharing the database is picked up too.
/// </summary>
public sealed class StoredCredentialSource : ICoroCredentialSource
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly CredentialStore _store;
    private readonly TimeProvider _clock;
    // Replaced whole (a reference), so a reader on another thread never sees half an update.
    private volatile Snapshot? _known;

    public StoredCredentialSource(CredentialStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        _store.Changed += () => _known = null;
    }

    public async ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(
        CancellationToken cancellationToken)
    {
        if (_known is { } known && _clock.GetElapsedTime(known.At) < KeepFor)
            return known.Credentials;

        var revealed = await _store.RevealAllAsync(cancellationToken);
        var credentials = revealed.Select(ToCoroCredential).ToArray();
        _known = new Snapshot(credentials, _clock.GetTimestamp());
        return credentials;
    }

    private sealed record Snapshot(IReadOnlyList<CoroCredential> Credentials, long At);

    // A changed secret, host or audience makes a different credential (records compare by value),
    // so the gateway's token cache never hands out a token fetched with the old one.
    private static CoroCredential ToCoroCredential(RevealedCredential stored) => new()
    {
        Name = stored.Name,
        Region = Enum.TryParse<CoroRegion>(stored.Region, ignoreCase: true, out var region)
            ? region
            : CoroRegion.Us,
        BaseUrl = stored.BaseUrl is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null,
        ClientId = stored.ClientId,
        ClientSecret = stored.ClientSecret,
        Audience = stored.Audience is { Length: > 0 } audience ? audience : CoroRegions.DefaultAudience,
        WorkspaceId = stored.WorkspaceId,
    };
}

/// <summary>
/// The gateway's credentials: those from configuration (or the embedded simulator) first, then the
/// stored ones. A workspace with a credential in both uses the configured one.
/// </summary>
public sealed class CombinedCredentialSource(ICoroCredentialSource configured, StoredCredentialSource stored)
    : ICoroCredentialSource
{
    public async ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(
        CancellationToken cancellationToken)
    {
        var first = await configured.GetCredentialsAsync(cancellationToken);
        var second = await stored.GetCredentialsAsync(cancellationToken);
        return second.Count == 0 ? first : [.. first, .. second];
    }
}
