using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Users;

/// <summary>Protected users: list, one by id, add 1..200, change protection by email, delete.</summary>
internal static class UserEndpoints
{
    private const int MaxUsersPerAdd = 200;

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/users", List);
        app.MapGet("/v1/users/{id}", Get);
        app.MapPost("/v1/users", (Delegate)AddAsync);
        app.MapPut("/v1/users", (Delegate)UpdateAsync);
        app.MapDelete("/v1/users/{id}", Delete);
    }

    private static IResult List(HttpContext http)
    {
        var paging = Paging.From(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(paging.Slice(workspace.Users));
    }

    private static IResult Get(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(workspace.Users[Position(workspace, id)]);
    }

    private static async Task<IResult> AddAsync(HttpContext http)
    {
        var request = await RequestBody.ReadAsync<AddUsersRequest>(http.Request);
        ValidateAdd(request);
        var workspace = CallerContext.Of(http).Target;
        var added = new List<ProtectedUser>();
        lock (workspace.Sync)
        {
            foreach (var entry in request.Users)
                added.Add(AddOrProtect(workspace, entry));
            workspace.Index.Invalidate();
        }
        return Wire.Ok(new AddUsersResponse { Users = added });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http)
    {
        var request = await RequestBody.ReadAsync<UpdateUserRequest>(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var position = workspace.Users.FindIndex(u => SameEmail(u.Email, request.Email));
            if (position < 0)
                throw ProblemException.NotFound("User", request.Email);
            workspace.Users[position] = workspace.Users[position] with { IsProtected = request.ProtectedUser };
            return Wire.Ok(workspace.Users[position]);
        }
    }

    private static IResult Delete(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            workspace.Users.RemoveAt(Position(workspace, id));
            workspace.Index.Invalidate();
        }
        return Wire.Empty();
    }

    private static void ValidateAdd(AddUsersRequest request)
    {
        if (request.Users.Count is 0 or > MaxUsersPerAdd)
            throw ProblemException.BadRequest($"users must hold 1 to {MaxUsersPerAdd} entries");
        var errors = request.Users
            .Where(u => string.IsNullOrWhiteSpace(u.Email) || !u.Email.Contains('@'))
            .Select(u => $"'{u.Email}' is not an email address")
            .ToList();
        if (request.Users.DistinctBy(u => u.Email.ToLowerInvariant()).Count() != request.Users.Count)
            errors.Add("users must be unique");
        if (errors.Count > 0)
            throw ProblemException.BadRequest([.. errors]);
    }

    private static ProtectedUser AddOrProtect(SimulatedWorkspace workspace, UserRequest entry)
    {
        var existing = workspace.Users.FindIndex(u => SameEmail(u.Email, entry.Email));
        if (existing >= 0)
            return workspace.Users[existing] = workspace.Users[existing] with { IsProtected = true };
        var user = new ProtectedUser
        {
            Id = Guid.NewGuid().ToString("N")[..24],
            Email = entry.Email,
            Name = entry.Name,
            IsProtected = true,
            Status = ProtectedUserStatus.Active,
            HasUnresolvedTickets = false,
            OpenTicketsCount = 0,
            DevicesCount = 0,
        };
        workspace.Users.Add(user);
        return user;
    }

    private static int Position(SimulatedWorkspace workspace, string id)
    {
        var position = workspace.Index.UserPosition(id);
        return position >= 0 ? position : throw ProblemException.NotFound("User", id);
    }

    private static bool SameEmail(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
