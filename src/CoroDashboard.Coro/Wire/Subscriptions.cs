using System.Collections.ObjectModel;
using System.Text.Json;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// Modules and bundles of a workspace. The value shape per module is not documented, so
/// <see cref="Modules"/> keeps raw JSON per module key.
/// </summary>
public sealed record Subscription
{
    public IReadOnlyDictionary<string, JsonElement> Modules
    {
        get => field ?? ReadOnlyDictionary<string, JsonElement>.Empty;
        init;
    }
    public IReadOnlyList<WireEnum<SubscriptionBundle>> Bundles { get => field ?? []; init; }
}

public sealed record SubscriptionUpdateRequest
{
    public IReadOnlyDictionary<string, JsonElement>? Modules { get; init; }
    public IReadOnlyList<WireEnum<SubscriptionBundle>> Bundles { get => field ?? []; init; }
}

public sealed record BundleInfoRequest
{
    public required IReadOnlyList<WireEnum<BundleCode>> Bundles { get; init; }
}

public sealed record BundleInfoResponse
{
    public IReadOnlyDictionary<string, JsonElement> Modules
    {
        get => field ?? ReadOnlyDictionary<string, JsonElement>.Empty;
        init;
    }
    public IReadOnlyList<string> Bundles { get => field ?? []; init; }
}

public sealed record Usage
{
    public string? WorkspaceId { get; init; }
    public IReadOnlyDictionary<string, bool> Modules
    {
        get => field ?? ReadOnlyDictionary<string, bool>.Empty;
        init;
    }
    public IReadOnlyDictionary<string, bool> Addons
    {
        get => field ?? ReadOnlyDictionary<string, bool>.Empty;
        init;
    }
    public int? ProtectedUsers { get; init; }
    public int? ProtectedDevices { get; init; }
    public bool? DemoModeEnabled { get; init; }
    public DateTimeOffset? DemoModeEndDate { get; init; }
    public IReadOnlyDictionary<string, ModuleStatistic> ModuleStatistics
    {
        get => field ?? ReadOnlyDictionary<string, ModuleStatistic>.Empty;
        init;
    }
}

public sealed record ModuleStatistic
{
    public bool Enabled { get; init; }
    public int? ProtectedUsers { get; init; }
    public int? ProtectedDevices { get; init; }
}
