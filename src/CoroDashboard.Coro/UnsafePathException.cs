namespace CoroDashboard.Coro;

/// <summary>
/// A path value was "." or "..": sent, it would be resolved as a step up the path and reach a
/// different Coro resource than the one the call names.
/// </summary>
public sealed class UnsafePathException(HttpMethod method)
    : ArgumentException(
        $"A {method} call to Coro was not sent: an id of '.' or '..' is not a valid path value.");
