using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>The protected user list: sort fields, search text and filters.</summary>
internal static class UserList
{
    public static ListSource<ProtectedUser> Source { get; } = new(
        "users",
        "GET /v1/users",
        (api, workspace, token, page, size, ct) => api.SearchUsersAsync(workspace, token, page, size, ct),
        new Dictionary<string, Func<ProtectedUser, IComparable?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = user => user.Id,
            ["email"] = user => user.Email,
            ["name"] = user => user.Name,
            ["protectedUser"] = user => user.IsProtected,
            ["status"] = user => string.IsNullOrEmpty(user.Status?.Value) ? null : user.Status?.Value,
            ["hasUnresolvedTickets"] = user => user.HasUnresolvedTickets,
            ["openTicketsCount"] = user => user.OpenTicketsCount,
            ["devicesCount"] = user => user.DevicesCount,
            ["vulnerabilities"] = user => user.Vulnerabilities.Count,
        },
        user => [user.Email, user.Name, .. user.Aliases, .. user.Labels],
        Matches);

    private static bool? Matches(ProtectedUser user, string filter, string value, ListContext context) =>
        filter switch
        {
            ListFilters.Protection => value.ToLowerInvariant() switch
            {
                "protected" => user.IsProtected,
                "protectable" => !user.IsProtected,
                _ => false,
            },
            ListFilters.UserStatus => string.Equals(user.Status?.Value, value,
                StringComparison.OrdinalIgnoreCase),
            _ => null,
        };
}
