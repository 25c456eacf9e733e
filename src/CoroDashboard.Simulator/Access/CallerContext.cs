namespace CoroDashboard.Simulator.Access;

/// <summary>Who is calling (the token's credential) and the workspace the call acts on.</summary>
internal sealed record CallerContext(SimulatorCredential Credential, SimulatedWorkspace? Workspace)
{
    private const string Key = "coro.caller";

    /// <summary>The workspace of a call that must name one (every operation but bundleInfo).</summary>
    public SimulatedWorkspace Target =>
        Workspace ?? throw new InvalidOperationException("The call was let through without a workspace.");

    public static void Set(HttpContext context, CallerContext caller) => context.Items[Key] = caller;

    public static CallerContext Of(HttpContext context) =>
        context.Items[Key] as CallerContext
        ?? throw new InvalidOperationException("The call did not pass the access check.");
}
