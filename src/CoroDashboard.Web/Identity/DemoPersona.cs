using System.Security.Claims;
using CoroDashboard.Data.Assignments;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// A person of the demo MSP. A persona signs in with claims shaped like Entra ID's and gets its
/// access from role assignments, exactly as a real person would.
/// </summary>
public sealed record DemoPersona(
    string Key,
    string DisplayName,
    string Email,
    string ObjectId,
    DashboardRole Role,
    string Description)
{
    public ClaimsPrincipal CreatePrincipal() =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, DisplayName),
                new Claim(ClaimTypes.Email, Email),
                new Claim(DashboardClaims.ObjectId, ObjectId),
                new Claim(DemoPersonas.PersonaClaim, Key),
            ],
            DemoPersonas.Scheme,
            ClaimTypes.Name,
            ClaimTypes.Role));
}

/// <summary>The demo personas, one per role.</summary>
public static class DemoPersonas
{
    /// <summary>The authentication type of a demo principal (its cookie is the staff cookie).</summary>
    public const string Scheme = "DemoPersona";

    public const string PersonaClaim = "corodashboard/demo-persona";

    public static DemoPersona MspAdmin { get; } = new(
        "msp-admin", "Alex Admin", "alex.admin@demo-msp.test", "00000000-0000-4000-8000-00000000a001",
        DashboardRole.MspAdmin, "MSP admin: every customer, and the settings");

    public static DemoPersona Technician { get; } = new(
        "msp-technician", "Taylor Tech", "taylor.tech@demo-msp.test", "00000000-0000-4000-8000-00000000a002",
        DashboardRole.MspTechnician, "MSP technician: the few customers assigned to them");

    public static DemoPersona CustomerAdmin { get; } = new(
        "customer-admin", "Casey Customer", "casey@customer.test", "00000000-0000-4000-8000-00000000a003",
        DashboardRole.CustomerAdmin, "Customer admin: one customer, read-only");

    public static IReadOnlyList<DemoPersona> All { get; } = [MspAdmin, Technician, CustomerAdmin];

    public static DemoPersona? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}
