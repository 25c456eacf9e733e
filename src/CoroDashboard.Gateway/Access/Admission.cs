using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Hierarchy;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Access;

/// <summary>
/// The answer to "may this caller reach this workspace, and with which credential": either a
/// refusal (status and error) or the caller's scope, the hierarchy and the covering credential
/// (null when no credential covers the workspace).
/// </summary>
internal sealed record Admission(
    FetchStatus? Refusal,
    GatewayError? Error,
    AccessScope Scope,
    ChannelHierarchy? Hierarchy,
    CoveredWorkspace? Target)
{
    public static Admission Refused(FetchStatus status, GatewayError? error, AccessScope scope) =>
        new(status, error ?? Describe(status), scope, null, null);

    public Fetched<T> Problem<T>() =>
        Fetched<T>.Problem(Refusal ?? FetchStatus.Failed, Error ?? Describe(Refusal));

    public static GatewayError NotConnectedError { get; } =
        new("No Coro credential covers this workspace", []);

    private static GatewayError Describe(FetchStatus? status) => status switch
    {
        FetchStatus.Forbidden => new GatewayError("You do not have access to this workspace", []),
        FetchStatus.NotFound => new GatewayError("No such workspace", []),
        FetchStatus.NotConnected => NotConnectedError,
        _ => new GatewayError("Coro failed", []),
    };
}
