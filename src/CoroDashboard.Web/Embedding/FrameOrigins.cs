using CoroDashboard.Data.Psa;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// The origins each PSA integration may frame the dashboard from, kept in memory and reloaded
/// whenever an integration changes, because every embedded response needs them.
/// </summary>
public sealed class FrameOrigins
{
    private readonly PsaIntegrationStore _store;
    private volatile Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>>? _byIntegration;

    public FrameOrigins(PsaIntegrationStore store)
    {
        _store = store;
        _store.Changed += () => _byIntegration = null;
    }

    public async Task<IReadOnlyList<string>> ForIntegrationAsync(Guid integrationId) =>
        (await LoadAsync()).GetValueOrDefault(integrationId) ?? [];

    /// <summary>Every integration's origins: for embedded pages reached without a session.</summary>
    public async Task<IReadOnlyList<string>> AllAsync() =>
        (await LoadAsync()).Values.SelectMany(o => o).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> LoadAsync()
    {
        var current = _byIntegration;
        if (current is { IsFaulted: false })
            return current;
        var load = ReadAsync();
        _byIntegration = load;
        return load;
    }

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> ReadAsync() =>
        (await _store.ListAsync()).ToDictionary(i => i.Id, i => i.AllowedOrigins);
}
