namespace CoroDashboard.Coro;

/// <summary>A Coro data call was about to go out without a bearer token.</summary>
public sealed class MissingTokenException(HttpMethod method, string path)
    : InvalidOperationException($"{method} {path} was not sent: no access token was given for the call.");
