using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Subscriptions;

/// <summary>
/// <c>GET /v1/usage</c>: one usage record for the header's workspace and one for each workspace
/// below it (an MSP bills its customers from this), paged, with the counts taken from the data.
/// </summary>
internal static class UsageEndpoints
{
    public static void MapUsage(this IEndpointRouteBuilder app) => app.MapGet("/v1/usage", List);

    private static IResult List(HttpContext http, SimulatorDataset dataset)
    {
        var paging = Paging.From(http.Request);
        var records = dataset.Subtree(CallerContext.Of(http).Target.Id).Select(UsageOf).ToList();
        return Wire.Ok(paging.Slice(records));
    }

    private static Usage UsageOf(SimulatedWorkspace workspace)
    {
        lock (workspace.Sync)
        {
            var users = workspace.Users.Count(u => u.IsProtected);
            var devices = workspace.Devices.Count(d => d.ProtectionEnabled != false);
            var statistics = workspace.Usage.Modules.ToDictionary(
                pair => pair.Key,
                pair => new ModuleStatistic
                {
                    Enabled = pair.Value && workspace.SubscriptionActive,
                    ProtectedUsers = UserModule(pair.Key) ? users : null,
                    ProtectedDevices = UserModule(pair.Key) ? null : devices,
                });
            return workspace.Usage with
            {
                WorkspaceId = workspace.Id,
                ProtectedUsers = users,
                ProtectedDevices = devices,
                ModuleStatistics = statistics,
            };
        }
    }

    private static bool UserModule(string module) =>
        module is "emailSecurity" or "cloudSecurity" or "userDataGovernance" or "securityAwarenessTraining";
}
