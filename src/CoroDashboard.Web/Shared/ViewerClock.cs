using System.Globalization;

namespace CoroDashboard.Web.Shared;

/// <summary>
/// Shows instants in the viewer's time zone, which the browser reports once per circuit. Until
/// it does (and in tests) times are shown in UTC and labelled so. One rule for missing times:
/// no value, and the Unix epoch or before, read "never".
/// </summary>
public sealed class ViewerClock
{
    public const string Never = "never";

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>True once the browser said which zone it is in.</summary>
    public bool IsKnown { get; private set; }

    /// <summary>Takes the browser's IANA zone id; an unknown id keeps UTC.</summary>
    public void Use(string? zoneId)
    {
        if (!string.IsNullOrWhiteSpace(zoneId)
            && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            Zone = zone;
        IsKnown = true;
    }

    public static bool IsNever(DateTimeOffset? instant) =>
        instant is null || instant.Value.ToUnixTimeMilliseconds() <= 0;

    /// <summary>The instant in the viewer's zone, e.g. <c>2022-01-13 09:39</c>, or "never".</summary>
    public string Format(DateTimeOffset? instant, string format = "yyyy-MM-dd HH:mm") =>
        IsNever(instant)
            ? Never
            : TimeZoneInfo.ConvertTime(instant!.Value, Zone).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The zone's name as the viewer knows it, e.g. <c>Europe/Berlin</c> or <c>UTC</c>.</summary>
    public string ZoneLabel => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;
}
