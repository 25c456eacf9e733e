using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.AuditLogs;

/// <summary><c>GET /v1/audit-logs/search</c>: the workspace's audit log, newest first.</summary>
internal static class AuditLogEndpoints
{
    public static void MapAuditLogs(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/audit-logs/search", (HttpContext http) =>
        {
            var paging = Paging.From(http.Request);
            var workspace = CallerContext.Of(http).Target;
            lock (workspace.Sync)
                return Wire.Ok(paging.Slice(workspace.AuditLogs));
        });
}
