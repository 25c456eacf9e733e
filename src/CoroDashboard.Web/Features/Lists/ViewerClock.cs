using System.Globalization;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>
/// Shows instants in the viewer's time zone. The server runs in UTC, so until the browser has said
/// which zone it is in, times are shown in UTC and labelled so. Instants at or before the Unix
/// epoch are Coro's way of saying "not yet" and read "never", like a missing value.
/// </summary>
public sealed class ViewerClock(TimeZoneInfo? zone)
{
    public const string Never = "never";

    public static ViewerClock Utc { get; } = new(null);

    /// <summary>The viewer's zone, or null while it is not known (times are then in UTC).</summary>
    public TimeZoneInfo? Zone { get; } = zone;

    public static ViewerClock For(string? ianaZone) =>
        ianaZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ianaZone, out var zone)
            ? new ViewerClock(zone)
            : Utc;

    public static bool IsNever(DateTimeOffset? instant) =>
        instant is not { } value || value <= DateTimeOffset.UnixEpoch;

    public string Format(DateTimeOffset? instant)
    {
        if (IsNever(instant))
            return Never;
        var value = instant!.Value;
        return Zone is { } zone
            ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
    }

    /// <summary>The exact instant, for a tooltip and the machine-readable attribute.</summary>
    public static string Exact(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
