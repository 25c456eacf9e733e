namespace CoroDashboard.Coro;

/// <summary>Settings of the HTTP client that talks to Coro (section <c>Coro:Client</c>).</summary>
public sealed class CoroClientOptions
{
    public const string Section = "Coro:Client";

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a call may take across all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
