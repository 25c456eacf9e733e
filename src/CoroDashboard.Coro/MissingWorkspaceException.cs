namespace CoroDashboard.Coro;

/// <summary>A Coro data call was about to go out without naming its workspace.</summary>
public sealed class MissingWorkspaceException(HttpMethod method, string path)
    : InvalidOperationException($"{method} {path} was not sent: no workspace was given for the call.");
