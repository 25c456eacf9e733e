using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Subscriptions;

/// <summary>A workspace's subscription: read, change, start, stop, and what bundles contain.</summary>
internal static class SubscriptionEndpoints
{
    public static void MapSubscriptions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/subscriptions", Get);
        app.MapPut("/v1/subscriptions", (Delegate)UpdateAsync);
        app.MapPost("/v1/subscriptions/bundleInfo", (Delegate)BundleInfoAsync);
        app.MapPut("/v1/subscriptions/start", (HttpContext http) => SetActive(http, active: true));
        app.MapPut("/v1/subscriptions/stop", (HttpContext http) => SetActive(http, active: false));
    }

    private static IResult Get(HttpContext http)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(workspace.Subscription);
    }

    /// <summary>Coro answers 202 with the JSON string "100 CONTINUE".</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http)
    {
        var request = await RequestBody.ReadAsync<SubscriptionUpdateRequest>(http.Request);
        var unknown = request.Bundles.Where(b => !b.IsKnown).Select(b => $"'{b}' is not a bundle").ToArray();
        if (unknown.Length > 0)
            throw ProblemException.BadRequest(unknown);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            workspace.Subscription = new Subscription
            {
                Bundles = request.Bundles.Count > 0 ? [.. request.Bundles.Distinct()] : workspace.Subscription.Bundles,
                Modules = request.Modules is { } modules
                    ? new Dictionary<string, JsonElement>(modules)
                    : ModulesOf(request.Bundles, workspace.Subscription.Modules),
            };
        }
        return new WireResult<string>("100 CONTINUE", StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> BundleInfoAsync(HttpContext http)
    {
        var request = await RequestBody.ReadAsync<BundleInfoRequest>(http.Request);
        var unknown = request.Bundles.Where(b => !b.IsKnown).Select(b => $"'{b}' is not a bundle code").ToArray();
        if (unknown.Length > 0)
            throw ProblemException.BadRequest(unknown);
        var bundles = request.Bundles.Select(b => BundleCatalog.ToBundle(b.Known!.Value)).Distinct().ToList();
        return Wire.Ok(new BundleInfoResponse
        {
            Bundles = [.. bundles.Select(WireNames<SubscriptionBundle>.ToWire)],
            Modules = ModulesOf([.. bundles.Select(b => (WireEnum<SubscriptionBundle>)b)], fallback: null),
        });
    }

    private static IResult SetActive(HttpContext http, bool active)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            workspace.SubscriptionActive = active;
        return Wire.Empty();
    }

    private static IReadOnlyDictionary<string, JsonElement> ModulesOf(
        IReadOnlyList<WireEnum<SubscriptionBundle>> bundles, IReadOnlyDictionary<string, JsonElement>? fallback)
    {
        if (bundles.Count == 0 && fallback is not null)
            return fallback;
        var on = JsonSerializer.SerializeToElement(true);
        return bundles
            .SelectMany(b => BundleCatalog.ModulesOf(b.Known!.Value))
            .Distinct()
            .ToDictionary(module => module, _ => on);
    }
}
