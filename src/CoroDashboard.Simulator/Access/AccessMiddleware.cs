using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Access;

/// <summary>
/// Checks every <c>/v1</c> call as Coro does: a live bearer token (else 401), a Workspace header
/// (else 400; optional only for bundleInfo), a known workspace and one the token's credential may
/// act on (else 403). The workspace found travels to the handler in <see cref="CallerContext"/>.
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next, TokenStore tokens, SimulatorDataset dataset)
{
    private const string OptionalWorkspacePath = "/v1/subscriptions/bundleInfo";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
            return next(context);

        var credential = Authenticate(context.Request);
        var header = context.Request.Headers["Workspace"].ToString().Trim();
        if (header.Length == 0)
        {
            if (!context.Request.Path.Equals(OptionalWorkspacePath, StringComparison.Ordinal))
                throw ProblemException.BadRequest("The Workspace header is required");
            CallerContext.Set(context, new CallerContext(credential, null));
            return next(context);
        }

        // Coro does not say 404 for a workspace: an unknown one is as forbidden as someone else's.
        var workspace = dataset.Find(header);
        if (workspace is null || !WorkspaceAccess.CanAct(dataset, credential, workspace))
            throw ProblemException.Forbidden($"The credential may not act on workspace '{header}'");
        CallerContext.Set(context, new CallerContext(credential, workspace));
        return next(context);
    }

    private SimulatorCredential Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            throw ProblemException.Unauthorized("A bearer token is required");
        return tokens.Resolve(header[scheme.Length..].Trim())
            ?? throw ProblemException.Unauthorized("The token is unknown, revoked or expired");
    }
}
