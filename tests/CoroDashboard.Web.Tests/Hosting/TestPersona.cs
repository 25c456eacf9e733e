using System.Security.Claims;
using CoroDashboard.Web.Identity;

namespace CoroDashboard.Web.Tests.Hosting;

/// <summary>
/// Who a test request or gateway call comes from. The staff personas are the demo personas, so
/// their access comes from the assignments the real app seeds at start.
/// </summary>
public sealed record TestPersona(string Key, Func<ClaimsPrincipal> CreatePrincipal)
{
    /// <summary>The customer the demo customer admin (and the embedded session) may see.</summary>
    public const string CustomerWorkspace = "ws-bravo";

    public static TestPersona MspAdmin { get; } = FromDemo(DemoPersonas.MspAdmin);

    public static TestPersona Technician { get; } = FromDemo(DemoPersonas.Technician);

    public static TestPersona CustomerAdmin { get; } = FromDemo(DemoPersonas.CustomerAdmin);

    public static TestPersona EmbeddedSession { get; } = new("embedded",
        () => Embedded.CreatePrincipal(
            CustomerWorkspace, Guid.Parse("00000000-0000-4000-8000-0000000000e1")));

    public static TestPersona NoAssignment { get; } = new("no-assignment", () => new ClaimsPrincipal(
        new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "Nora Nobody"),
                new Claim(ClaimTypes.Email, "nora@elsewhere.test"),
                new Claim(DashboardClaims.ObjectId, "00000000-0000-4000-8000-00000000f00d"),
            ],
            "Test", ClaimTypes.Name, ClaimTypes.Role)));

    public static TestPersona Anonymous { get; } =
        new("anonymous", () => new ClaimsPrincipal(new ClaimsIdentity()));

    public static IReadOnlyList<TestPersona> All { get; } =
        [MspAdmin, Technician, CustomerAdmin, EmbeddedSession, NoAssignment, Anonymous];

    public static TestPersona? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public override string ToString() => Key;

    private static TestPersona FromDemo(DemoPersona persona) => new(persona.Key, persona.CreatePrincipal);
}
