namespace CoroDashboard.Gateway.Tokens;

/// <summary>When a token is due for renewal and when it is no use at all.</summary>
internal static class TokenRenewal
{
    private static readonly TimeSpan MinimumMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Renew once less than a tenth of the lifetime (at least five minutes) remains. For very
    /// short lifetimes the margin stops at half, or every call would fetch a new token.
    /// </summary>
    public static TimeSpan Margin(TimeSpan lifetime)
    {
        var margin = TimeSpan.FromTicks(Math.Max(lifetime.Ticks / 10, MinimumMargin.Ticks));
        return margin < lifetime / 2 ? margin : lifetime / 2;
    }

    public static TimeSpan Remaining(AccessToken token, TimeProvider clock) =>
        token.Lifetime - clock.GetElapsedTime(token.ReceivedAt);

    public static bool IsDue(AccessToken token, TimeProvider clock) =>
        Remaining(token, clock) < Margin(token.Lifetime);

    public static bool IsExpired(AccessToken token, TimeProvider clock) =>
        Remaining(token, clock) <= TimeSpan.Zero;
}
