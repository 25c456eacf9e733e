using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Users;

/// <summary>Portal (console admin) users of a workspace.</summary>
internal static class PortalUserEndpoints
{
    public static void MapPortalUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/portal-users", List);
        app.MapPost("/v1/portal-users", AddAsync);
        app.MapGet("/v1/portal-users/{id}", Get);
        app.MapPut("/v1/portal-users/{id}", UpdateAsync);
        app.MapDelete("/v1/portal-users/{id}", Delete);
    }

    private static IResult List(HttpContext http)
    {
        var paging = Paging.From(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(paging.Slice(workspace.PortalUsers));
    }

    private static IResult Get(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(workspace.PortalUsers[Position(workspace, id)]);
    }

    private static async Task<IResult> AddAsync(HttpContext http, SimulatorClock clock)
    {
        var request = await RequestBody.ReadAsync<PortalUserCreateRequest>(http.Request);
        Validate(request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            if (workspace.PortalUsers.Any(u => string.Equals(u.Email, request.Email, StringComparison.OrdinalIgnoreCase)))
                throw ProblemException.BadRequest($"An admin user with email '{request.Email}' already exists");
            var user = new PortalUser
            {
                Id = Guid.NewGuid().ToString("N")[..24],
                Email = request.Email,
                FirstName = request.FirstName,
                LastName = request.LastName,
                Role = request.Role,
                Status = PortalUserStatus.Invited,
                InvitationTime = clock.Now,
                ContentInspection = false,
            };
            workspace.PortalUsers.Add(user);
            return Wire.Ok(user);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string id)
    {
        var request = await RequestBody.ReadAsync<PortalUserCreateRequest>(http.Request);
        Validate(request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var position = Position(workspace, id);
            var user = workspace.PortalUsers[position] with
            {
                Email = request.Email,
                FirstName = request.FirstName ?? workspace.PortalUsers[position].FirstName,
                LastName = request.LastName ?? workspace.PortalUsers[position].LastName,
                Role = request.Role,
            };
            workspace.PortalUsers[position] = user;
            return Wire.Ok(user);
        }
    }

    private static IResult Delete(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            workspace.PortalUsers.RemoveAt(Position(workspace, id));
        return Wire.Empty();
    }

    private static void Validate(PortalUserCreateRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@'))
            throw ProblemException.BadRequest("email must be an email address");
        if (string.IsNullOrWhiteSpace(request.Role))
            throw ProblemException.BadRequest("role is required");
    }

    private static int Position(SimulatedWorkspace workspace, string id)
    {
        var position = workspace.PortalUsers.FindIndex(u => u.Id == id);
        return position >= 0 ? position : throw ProblemException.NotFound("Portal user", id);
    }
}
