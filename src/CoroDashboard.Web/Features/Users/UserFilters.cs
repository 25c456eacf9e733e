using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Features.Users;

/// <summary>The protected user list's filters: protection and account status.</summary>
public static class UserFilters
{
    public static IReadOnlyList<FilterChoice> All { get; } =
    [
        new(ListFilters.Protection, "Protection",
        [
            new("protected", "Protected"),
            new("protectable", "Not protected"),
        ]),
        new(ListFilters.UserStatus, "Status",
            [.. Enum.GetValues<ProtectedUserStatus>().Select(status => new FilterOption(
                WireNames<ProtectedUserStatus>.ToWire(status), WireText.Words(status.ToString())))]),
    ];
}
