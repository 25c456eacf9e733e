using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Devices;

/// <summary>Protected devices: the list, device actions, licensing and the latest agents.</summary>
internal static class DeviceEndpoints
{
    public static void MapDevices(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/devices", List);
        app.MapGet("/v1/devices/latest-agent-versions", () => Wire.Ok(AgentVersions.Latest));
        app.MapGet("/v1/devices/{enrollmentCode}/actions", Actions);
        app.MapPost("/v1/devices/{enrollmentCode}/actions", PerformAsync);
        app.MapPost("/v1/devices/{enrollmentCode}/license", License);
        app.MapDelete("/v1/devices/{enrollmentCode}/license", Unlicense);
    }

    private static IResult List(HttpContext http)
    {
        var paging = Paging.From(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(paging.Slice(workspace.Devices));
    }

    private static IResult Actions(HttpContext http, string enrollmentCode)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(DeviceActions.OfferedFor(Find(workspace, enrollmentCode)));
    }

    private static async Task<IResult> PerformAsync(
        HttpContext http, string enrollmentCode, SimulatorClock clock)
    {
        var request = await RequestBody.ReadAsync<DeviceActionRequest>(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var device = Find(workspace, enrollmentCode);
            DeviceActions.Validate(device, request);
            DeviceActions.Apply(workspace, device, request, clock.Now);
        }
        return Wire.Empty();
    }

    private static IResult License(HttpContext http, string enrollmentCode, SimulatorClock clock)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var device = Find(workspace, enrollmentCode);
            workspace.UnlicensedDevices.Remove(device.EnrollmentCode);
            DeviceActions.Log(workspace, device, AuditLogSubtype.LicenseDevice, "License assigned to", clock.Now);
            var answer = new Dictionary<string, object>
            {
                ["enrollmentCode"] = device.EnrollmentCode,
                ["licensed"] = true,
            };
            return Wire.Ok(JsonSerializer.SerializeToElement(answer));
        }
    }

    private static IResult Unlicense(HttpContext http, string enrollmentCode, SimulatorClock clock)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var device = Find(workspace, enrollmentCode);
            if (!workspace.UnlicensedDevices.Contains(device.EnrollmentCode))
                workspace.UnlicensedDevices.Add(device.EnrollmentCode);
            DeviceActions.Log(workspace, device, AuditLogSubtype.UnlicenseDevice, "License removed from", clock.Now);
        }
        return Wire.Empty();
    }

    private static Device Find(SimulatedWorkspace workspace, string enrollmentCode)
    {
        var position = workspace.Index.DevicePosition(enrollmentCode);
        return position >= 0
            ? workspace.Devices[position]
            : throw ProblemException.NotFound("Device", enrollmentCode);
    }
}
