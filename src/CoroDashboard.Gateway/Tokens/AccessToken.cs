namespace CoroDashboard.Gateway.Tokens;

/// <summary>
/// A bearer token and when it arrived, as a monotonic timestamp of the gateway's clock: its age is
/// measured here rather than trusted from the token or the wall clock.
/// </summary>
internal sealed record AccessToken(string Value, long ReceivedAt, TimeSpan Lifetime)
{
    public override string ToString() => $"AccessToken {{ Lifetime = {Lifetime} }}";
}
