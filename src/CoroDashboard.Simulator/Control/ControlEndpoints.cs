using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Faults;

namespace CoroDashboard.Simulator.Control;

/// <summary>
/// The simulator's own endpoints under <c>/_sim/</c> (no token needed, not part of Coro's API):
/// request statistics, the credentials to sign in with, the faults in force, token revocation.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_sim");
        control.MapGet("/stats", (SimulatorStats stats) => Results.Json(StatsView.Of(stats)));
        control.MapPost("/stats/reset", (SimulatorStats stats) =>
        {
            stats.Reset();
            return Results.NoContent();
        });
        control.MapGet("/credentials", (SimulatorDataset dataset) => Results.Json(
            dataset.Credentials.Select(c => new { c.ClientId, c.ClientSecret, c.WorkspaceId })));
        control.MapGet("/faults", (FaultState faults) => Results.Json(faults.Current));
        control.MapPut("/faults", (FaultSettings settings, FaultState faults) =>
        {
            faults.Apply(settings);
            return Results.Json(faults.Current);
        });
        control.MapPost("/tokens/revoke", (TokenStore tokens) =>
        {
            tokens.RevokeAll();
            return Results.NoContent();
        });
    }

    private sealed record StatsView(
        IReadOnlyDictionary<string, long> Requests,
        IReadOnlyDictionary<string, long> ByWorkspace,
        long TokensIssued,
        IReadOnlyDictionary<string, long> Faults)
    {
        public static StatsView Of(SimulatorStats stats) =>
            new(stats.Requests, stats.ByWorkspace, stats.TokensIssued, stats.Faults);
    }
}
