namespace CoroDashboard.Web.Identity;

/// <summary>How people sign in (configuration <c>Identity:Mode</c>).</summary>
public enum IdentityMode
{
    /// <summary>Pick a demo persona; for the embedded default and tests, never production.</summary>
    Demo,

    /// <summary>Microsoft Entra ID through OpenID Connect.</summary>
    Entra,
}

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    public IdentityMode Mode { get; set; } = IdentityMode.Demo;

    /// <summary>
    /// Lets the demo sign-in run in the Production environment, for a demo image only: anyone
    /// who reaches the site can then sign in as any persona.
    /// </summary>
    public bool AllowDemoInProduction { get; set; }

    /// <summary>
    /// Emails or Entra object ids that get an MSP admin assignment while no MSP admin exists yet,
    /// so the first administrator can sign in and open the settings.
    /// </summary>
    public List<string> BootstrapAdmins { get; set; } = [];

    /// <summary>
    /// The MSP's own Entra tenant id. App roles in a token count only from this tenant: in a
    /// multi-tenant app every other tenant's admin could hand out the same role values.
    /// </summary>
    public string? HomeTenantId { get; set; }
}
