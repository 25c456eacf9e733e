namespace CoroDashboard.Simulator.Http;

/// <summary>An answer Coro would give as problem+json; thrown by handlers, written by <see cref="ProblemWriter"/>.</summary>
internal sealed class ProblemException(int status, string title, params string[] errors)
    : Exception($"{status} {title}")
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IReadOnlyList<string> Errors { get; } = errors;

    public static ProblemException BadRequest(params string[] errors) => new(400, "Bad request", errors);

    public static ProblemException NotFound(string what, string id) =>
        new(404, "Not found", $"{what} '{id}' was not found in this workspace");

    public static ProblemException Unauthorized(string error) => new(401, "Unauthorized", error);

    public static ProblemException Forbidden(string error) => new(403, "Forbidden", error);
}
