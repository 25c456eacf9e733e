using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Webhooks;

/// <summary>
/// Webhook configurations under <c>/v1/settings/webhooks</c>. The test call is accepted and counted
/// but delivers nothing: the simulator never calls out to the configured URL.
/// </summary>
internal static class WebhookEndpoints
{
    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/settings/webhooks", List);
        app.MapPost("/v1/settings/webhooks", CreateAsync);
        app.MapGet("/v1/settings/webhooks/{id}", Get);
        app.MapPut("/v1/settings/webhooks/{id}", UpdateAsync);
        app.MapDelete("/v1/settings/webhooks/{id}", Delete);
        app.MapGet("/v1/settings/webhooks/{id}/test", Test);
    }

    private static IResult List(HttpContext http)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok<IReadOnlyList<WebhookConfiguration>>([.. workspace.Webhooks]);
    }

    private static IResult Get(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(workspace.Webhooks[Position(workspace, id)]);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, SimulatorClock clock)
    {
        var request = await RequestBody.ReadAsync<WebhookConfigurationRequest>(http.Request);
        Validate(request);
        var workspace = CallerContext.Of(http).Target;
        var webhook = From(request, Guid.NewGuid().ToString("N")[..24], workspace.Id, clock.Now, clock.Now);
        lock (workspace.Sync)
            workspace.Webhooks.Add(webhook);
        return Wire.Created(webhook);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string id, SimulatorClock clock)
    {
        var request = await RequestBody.ReadAsync<WebhookConfigurationRequest>(http.Request);
        Validate(request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var position = Position(workspace, id);
            var old = workspace.Webhooks[position];
            var updated = From(request, old.Id, workspace.Id, old.Created ?? clock.Now, clock.Now) with { Status = old.Status };
            workspace.Webhooks[position] = updated;
            return Wire.Ok(updated);
        }
    }

    private static IResult Delete(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            workspace.Webhooks.RemoveAt(Position(workspace, id));
        return Wire.Empty();
    }

    private static IResult Test(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            _ = Position(workspace, id);
        return Wire.Empty();
    }

    private static void Validate(WebhookConfigurationRequest request)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Name))
            errors.Add("name is required");
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            errors.Add("url must be an absolute http(s) URL");
        if (string.IsNullOrWhiteSpace(request.Secret))
            errors.Add("secret is required");
        if (request.Triggers.Count == 0)
            errors.Add("triggers must name at least one event");
        errors.AddRange(request.Triggers.Where(t => !t.IsKnown).Select(t => $"'{t}' is not a webhook trigger"));
        if (errors.Count > 0)
            throw ProblemException.BadRequest([.. errors]);
    }

    private static WebhookConfiguration From(
        WebhookConfigurationRequest request, string id, string workspaceId, DateTimeOffset created, DateTimeOffset updated) => new()
    {
        Id = id,
        Name = request.Name,
        WorkspaceId = workspaceId,
        Status = WebhookStatus.Enabled,
        Description = request.Description,
        ApplyToAllDescendants = request.ApplyToAllDescendants,
        Url = request.Url,
        Secret = request.Secret,
        Headers = new Dictionary<string, string>(request.Headers ?? new Dictionary<string, string>()),
        Triggers = [.. request.Triggers.Distinct()],
        Created = created,
        Updated = updated,
    };

    private static int Position(SimulatedWorkspace workspace, string id)
    {
        var position = workspace.Webhooks.FindIndex(w => w.Id == id);
        return position >= 0 ? position : throw ProblemException.NotFound("Webhook configuration", id);
    }
}
