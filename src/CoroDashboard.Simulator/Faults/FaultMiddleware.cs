using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Faults;

/// <summary>
/// Injects the faults in force into API calls, in the order a real network and gateway would:
/// latency first, then per-workspace faults, a token outage, rate limiting and random errors.
/// Tampering with successful bodies happens later, in <see cref="ResponseTampering"/>.
/// </summary>
internal sealed class FaultMiddleware(
    RequestDelegate next, FaultState faults, SimulatorStats stats, ProblemWriter problems,
    IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiRoutes.IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        var settings = faults.Live;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, lifetime.ApplicationStopping);
        await DelayAsync(settings, stopping.Token);

        if (await WorkspaceFaultAsync(context, settings, stopping.Token) || await RequestFaultAsync(context, settings))
            return;
        await next(context);
    }

    private async Task DelayAsync(FaultSettings settings, CancellationToken cancellationToken)
    {
        var delay = settings.LatencyMs + faults.NextUpTo(settings.JitterMs);
        if (delay <= 0)
            return;
        stats.CountFault("latency");
        // The simulated network: the wait ends early when the caller gives up.
        await Task.Delay(delay, cancellationToken);
    }

    private async Task<bool> WorkspaceFaultAsync(HttpContext context, FaultSettings settings, CancellationToken cancellationToken)
    {
        var workspace = context.Request.Headers["Workspace"].ToString();
        if (workspace.Length == 0 || !settings.WorkspaceFaults.TryGetValue(workspace, out var kind))
            return false;
        stats.CountFault($"workspace:{kind}");
        switch (kind.ToLowerInvariant())
        {
            case "hang":
                // Never answers: the call ends when the client gives up or the simulator stops.
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return true;
            case "forbidden":
                await problems.WriteAsync(context, 403, "Forbidden", ["Access to this workspace is denied (simulated)"]);
                return true;
            default:
                await problems.WriteAsync(context, 500, "Internal server error", ["Workspace unavailable (simulated)"]);
                return true;
        }
    }

    private async Task<bool> RequestFaultAsync(HttpContext context, FaultSettings settings)
    {
        if (ApiRoutes.IsToken(context.Request.Path) && settings.TokenOutage)
        {
            stats.CountFault("tokenOutage");
            await problems.WriteAsync(context, 503, "Service unavailable", ["Token service unavailable (simulated)"]);
            return true;
        }
        if (faults.Roll(settings.RateLimitRate))
        {
            stats.CountFault("rateLimit");
            context.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await problems.WriteAsync(context, 429, "Too many requests", ["Rate limit exceeded (simulated)"]);
            return true;
        }
        if (faults.Roll(ErrorRateFor(context, settings)))
        {
            stats.CountFault("error");
            await problems.WriteAsync(context, settings.ErrorStatus, "Injected error", ["Failure injected by the simulator"]);
            return true;
        }
        return false;
    }

    private static double ErrorRateFor(HttpContext context, FaultSettings settings)
    {
        if (settings.ErrorRate.Count == 0)
            return 0;
        if (settings.ErrorRate.TryGetValue(ApiRoutes.TemplateOf(context), out var rate))
            return rate;
        return settings.ErrorRate.GetValueOrDefault("*");
    }
}
