using System.Collections.Concurrent;
using System.Security.Claims;
using CoroDashboard.Gateway.Access;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>Scopes by principal name, as the identity layer would decide them.</summary>
public sealed class TestScopes : IAccessScopeResolver
{
    private readonly ConcurrentDictionary<string, AccessScope> _scopes = new();

    public ClaimsPrincipal Person(string name, AccessScope scope)
    {
        _scopes[name] = scope;
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));
    }

    public ValueTask<AccessScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            user.Identity?.Name is { } name && _scopes.TryGetValue(name, out var scope) ? scope
                : AccessScope.None);
}
