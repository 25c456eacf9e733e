namespace CoroDashboard.Simulator.Http;

/// <summary>
/// The outermost step: stamps the trace id on every answer and turns a <see cref="ProblemException"/>
/// thrown anywhere below into Coro's error body.
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ProblemWriter problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[TraceIds.Header] = TraceIds.Of(context);
        try
        {
            await next(context);
            if (IsBareError(context.Response))
                await problems.WriteAsync(context, context.Response.StatusCode, Title(context.Response.StatusCode), []);
        }
        catch (ProblemException problem) when (!context.Response.HasStarted)
        {
            await problems.WriteAsync(context, problem);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller gave up (a hang or latency fault outlived its timeout); nobody reads an answer.
        }
    }

    /// <summary>An error answer with no body yet, such as routing's 404 and 405: Coro would send problem+json.</summary>
    private static bool IsBareError(HttpResponse response) =>
        !response.HasStarted && response.StatusCode >= 400 && response.ContentType is null;

    private static string Title(int status) => status switch
    {
        404 => "Not found",
        405 => "Method not allowed",
        _ => "Error",
    };
}
