namespace CoroDashboard.Coro.Tests.Support;

/// <summary>
/// One operation of the API description, called through <see cref="ICoroApi"/> with the workspace
/// and token a test chooses, plus the request it must produce and a body it can be answered with.
/// </summary>
public sealed record CoroOperation(
    string OperationId,
    string Method,
    string Url,
    string? AnswerBody,
    Func<ICoroApi, string, string, Task> Call,
    bool HasBody = false)
{
    /// <summary>Whether the call acts on a workspace and so must name one.</summary>
    public bool NeedsWorkspace => Url.Contains("/v1/", StringComparison.Ordinal)
        && OperationId != "getSubscriptionUpdateDto";

    public override string ToString() => OperationId;
}
