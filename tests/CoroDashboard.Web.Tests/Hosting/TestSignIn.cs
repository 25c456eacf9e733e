using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Web.Tests.Hosting;

/// <summary>
/// Signs a test request in as the persona named in its <see cref="Header"/>; without the header
/// the request is anonymous. Challenges and forbids stay with the app's own cookie scheme, so
/// redirects to the sign-in and no-access pages are the app's real ones.
/// </summary>
public sealed class TestSignIn(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-Persona";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var key)
            || TestPersona.Find(key.ToString()) is not { } persona)
            return Task.FromResult(AuthenticateResult.NoResult());
        var principal = persona.CreatePrincipal();
        if (principal.Identity?.IsAuthenticated != true)
            return Task.FromResult(AuthenticateResult.NoResult());
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
