using System.Runtime.CompilerServices;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>
/// The newest agent version seen on any device of the channel. A device whose agent is older is
/// outdated. It only grows, as device lists arrive from Coro.
/// </summary>
internal sealed class AgentVersions
{
    private static readonly object Seen = new();

    private readonly Lock _gate = new();
    private readonly ConditionalWeakTable<IReadOnlyList<Device>, object> _observed = new();
    private string? _newest;

    public string? Newest
    {
        get
        {
            lock (_gate)
                return _newest;
        }
    }

    /// <summary>
    /// Looks at a device list once: a cached list is read on every page view, and comparing the
    /// versions of many thousands of devices each time would cost more than the rest of the view.
    /// </summary>
    public void Observe(IReadOnlyList<Device> devices)
    {
        if (_observed.TryGetValue(devices, out _))
            return;
        _observed.AddOrUpdate(devices, Seen);

        string? newest = null;
        foreach (var device in devices)
            if (device.AppVersion is { Length: > 0 } version
                && (newest is null || VersionKey.Compare(version, newest) > 0))
                newest = version;
        if (newest is null)
            return;
        lock (_gate)
            if (_newest is null || VersionKey.Compare(newest, _newest) > 0)
                _newest = newest;
    }

    public static bool IsOutdated(Device device, string? newest) =>
        newest is not null
        && device.AppVersion is { Length: > 0 } version
        && VersionKey.Compare(version, newest) < 0;
}
