using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Workspaces;

/// <summary>The workspace tree: list, create under a channel, archive, search below.</summary>
internal static class WorkspaceEndpoints
{
    public static void MapWorkspaces(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/workspaces", List);
        app.MapPost("/v1/workspaces", CreateAsync);
        app.MapPut("/v1/workspaces/archive", Archive);
        app.MapGet("/v1/workspaces/search", Search);
    }

    /// <summary>The header's workspace and everything below it, in one page.</summary>
    private static IResult List(HttpContext http, SimulatorDataset dataset)
    {
        var items = dataset.Subtree(CallerContext.Of(http).Target.Id)
            .Select(w => WorkspaceView.Of(dataset, w))
            .ToList();
        return Wire.Ok(new Page<Workspace> { Items = items, TotalElements = items.Count });
    }

    /// <summary>The workspaces below the header's one (not itself), by name, optionally filtered by <c>name</c>.</summary>
    private static IResult Search(HttpContext http, SimulatorDataset dataset)
    {
        var paging = Paging.From(http.Request);
        var name = http.Request.Query["name"].ToString();
        var below = dataset.Subtree(CallerContext.Of(http).Target.Id)
            .Skip(1)
            .Where(w => name.Length == 0 || Matches(w.Info, name))
            .OrderBy(w => w.Info.CompanyName, StringComparer.OrdinalIgnoreCase)
            .Select(w => WorkspaceView.Of(dataset, w))
            .ToList();
        return Wire.Ok(paging.Slice(below));
    }

    private static bool Matches(Workspace info, string name) =>
        (info.CompanyName?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false)
        || (info.DisplayName?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false);

    private static async Task<IResult> CreateAsync(HttpContext http, SimulatorDataset dataset, SimulatorClock clock)
    {
        var parent = CallerContext.Of(http).Target;
        if (parent.Info.Type.Known != WorkspaceType.Channel)
            throw ProblemException.BadRequest("Workspaces can only be created under a channel workspace");
        var request = await RequestBody.ReadAsync<WorkspaceCreateRequest>(http.Request);
        NewWorkspace.Validate(request, dataset);

        var workspace = NewWorkspace.From(request, parent.Id, clock.Now);
        dataset.Add(workspace);
        return Wire.Created(WorkspaceView.Of(dataset, workspace));
    }

    private static IResult Archive(HttpContext http, SimulatorClock clock)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            workspace.Info = workspace.Info with { Status = WorkspaceStatus.Archived };
        return Wire.Empty();
    }
}
