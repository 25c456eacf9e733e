using System.Security.Claims;
using CoroDashboard.Gateway.Access;

namespace CoroDashboard.Benchmarks.Rig;

/// <summary>Every caller of the benchmark is an MSP admin of the whole channel.</summary>
internal sealed class ChannelAdmin(string channelId) : IAccessScopeResolver
{
    public static ClaimsPrincipal Principal { get; } =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "benchmark")], "benchmark"));

    public ValueTask<AccessScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AccessScope.Channel(channelId));
}
