using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Stats;

/// <summary>
/// Counts every API request under its route template as the API description spells it, before any
/// fault is injected, so a request that fails on purpose is still counted.
/// </summary>
internal sealed class RequestCountingMiddleware(RequestDelegate next, SimulatorStats stats)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (ApiRoutes.IsApi(context.Request.Path))
            stats.CountRequest(ApiRoutes.TemplateOf(context), context.Request.Headers["Workspace"].ToString());
        return next(context);
    }
}
