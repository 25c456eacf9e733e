namespace CoroDashboard.Simulator;

/// <summary>
/// Misbehaviour to inject, read from <c>PUT /_sim/faults</c>, <see cref="RunningSimulator.Faults"/>
/// or the configuration section <c>Simulator:Faults</c>. Rates are probabilities from 0 to 1.
/// </summary>
public sealed class FaultSettings
{
    public const string Section = "Simulator:Faults";

    /// <summary>Added to every answer, as a slow network would.</summary>
    public int LatencyMs { get; set; }

    /// <summary>A random extra delay from 0 to this, on top of <see cref="LatencyMs"/>.</summary>
    public int JitterMs { get; set; }

    /// <summary>Route template ("GET /v1/tickets/{id}") or "*" to the share answered with an error.</summary>
    public Dictionary<string, double> ErrorRate { get; set; } = [];

    /// <summary>The status of answers chosen by <see cref="ErrorRate"/>.</summary>
    public int ErrorStatus { get; set; } = 500;

    /// <summary>The share of requests answered 429 with a Retry-After header.</summary>
    public double RateLimitRate { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>The token endpoint answers 503 while this is set.</summary>
    public bool TokenOutage { get; set; }

    /// <summary>Lifetime of newly issued tokens; Coro's 24 hours when unset.</summary>
    public int? TokenLifetimeSeconds { get; set; }

    /// <summary>The share of successful JSON answers cut off halfway (still 200).</summary>
    public double MalformedJsonRate { get; set; }

    /// <summary>The chance that each enumerated value in an answer is swapped for one Coro never sent.</summary>
    public double UnknownEnumRate { get; set; }

    /// <summary>Workspace id to "error" (500), "hang" (no answer until the caller gives up) or "forbidden".</summary>
    public Dictionary<string, string> WorkspaceFaults { get; set; } = [];

    /// <summary>
    /// A one-shot command: when settings carrying true are applied, every token issued so far stops
    /// working (as <c>POST /_sim/tokens/revoke</c> does). The stored settings keep it false.
    /// </summary>
    public bool RevokeTokens { get; set; }

    public FaultSettings Copy() => new()
    {
        LatencyMs = LatencyMs,
        JitterMs = JitterMs,
        ErrorRate = new Dictionary<string, double>(ErrorRate),
        ErrorStatus = ErrorStatus,
        RateLimitRate = RateLimitRate,
        RetryAfterSeconds = RetryAfterSeconds,
        TokenOutage = TokenOutage,
        TokenLifetimeSeconds = TokenLifetimeSeconds,
        MalformedJsonRate = MalformedJsonRate,
        UnknownEnumRate = UnknownEnumRate,
        WorkspaceFaults = new Dictionary<string, string>(WorkspaceFaults),
        RevokeTokens = RevokeTokens,
    };
}
