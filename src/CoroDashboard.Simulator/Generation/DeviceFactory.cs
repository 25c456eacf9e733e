using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>Builds devices with a realistic spread of systems, agent versions and states.</summary>
internal sealed class DeviceFactory(Random random, DateTimeOffset now)
{
    public const string LatestAgentVersion = "2.6.14.1";

    private static readonly string[] OutdatedAgentVersions = ["2.5.60.1", "2.6.3.0", "2.4.118.2"];

    private static readonly (OsType Os, double Weight)[] OsShare =
        [(OsType.Windows, 60), (OsType.MacOs, 22), (OsType.Linux, 6), (OsType.Ios, 7), (OsType.Android, 5)];

    private int _serial;

    public Device Create(IReadOnlyList<string> userEmails, string? enrollmentCode = null)
    {
        var os = random.Weighted(OsShare);
        var mobile = os is OsType.Ios or OsType.Android;
        var activated = now - random.Span(TimeSpan.FromDays(2), TimeSpan.FromDays(720));
        return new Device
        {
            EnrollmentCode = enrollmentCode ?? $"{random.Digits(1)}{random.Letters(2, upper: true)}{random.Digits(13)}",
            DeviceId = random.Hex(64).ToUpperInvariant(),
            DeviceModel = Model(os),
            Hostname = $"{random.Pick(Names.Departments)}-{Kind(os)}-{++_serial:000}",
            OsType = os,
            OsVersion = Version(os),
            AppVersion = mobile ? null : random.Chance(0.15) ? random.Pick(OutdatedAgentVersions) : LatestAgentVersion,
            ActivationTime = activated,
            Labels = Labels(),
            LastSeen = LastSeen(activated),
            Isolated = !mobile && random.Chance(0.01),
            ProtectionEnabled = !random.Chance(0.05),
            TamperProtection = !mobile && random.Chance(0.9),
            Drives = Drives(os),
            LastLoggedInUsers = userEmails.Count == 0 || mobile
                ? []
                : [.. Enumerable.Range(0, random.Between(1, 3)).Select(_ => random.Pick(userEmails)).Distinct()],
            MdmEnrollmentType = os switch
            {
                OsType.Ios => random.Chance(0.5) ? MdmEnrollmentType.Supervised : MdmEnrollmentType.Maid,
                OsType.Android => MdmEnrollmentType.Byod,
                _ => null,
            },
        };
    }

    private DateTimeOffset? LastSeen(DateTimeOffset activated)
    {
        if (random.Chance(0.04))
            return null;
        var ago = random.Chance(0.85)
            ? random.Span(TimeSpan.FromMinutes(1), TimeSpan.FromHours(20))
            : random.Span(TimeSpan.FromDays(2), TimeSpan.FromDays(60));
        var seen = now - ago;
        return seen < activated ? activated : seen;
    }

    private List<DeviceLabel> Labels()
    {
        var labels = new List<DeviceLabel> { new() { Id = "lbl-0001", Name = "ALL DEVICES", Color = "#4A90D9" } };
        if (random.Chance(0.3))
            labels.Add(new DeviceLabel { Id = "lbl-0002", Name = "Servers and admins", Color = "#D94A4A" });
        if (random.Chance(0.2))
            labels.Add(new DeviceLabel { Id = "lbl-0003", Name = "Remote staff", Color = "#4AD98A" });
        return labels;
    }

    private List<DeviceDrive> Drives(OsType os) => os switch
    {
        OsType.Windows when random.Chance(0.25) =>
        [
            new() { Name = "C:", IsRemovable = false, Encrypted = random.Chance(0.7) },
            new() { Name = "D:", IsRemovable = true, Encrypted = random.Chance(0.3) },
        ],
        OsType.Windows => [new() { Name = "C:", IsRemovable = false, Encrypted = random.Chance(0.7) }],
        OsType.MacOs => [new() { Name = "Macintosh HD", IsRemovable = false, Encrypted = random.Chance(0.85) }],
        OsType.Linux => [new() { Name = "/", IsRemovable = false, Encrypted = random.Chance(0.4) }],
        _ => [],
    };

    private string Kind(OsType os) => os switch
    {
        OsType.Windows => random.Pick(["LAPTOP", "DESKTOP", "WS"]),
        OsType.MacOs => random.Pick(["MBP", "MBA", "IMAC"]),
        OsType.Linux => random.Pick(["SRV", "DEV"]),
        OsType.Ios => random.Pick(["IPHONE", "IPAD"]),
        _ => random.Pick(["PIXEL", "GALAXY"]),
    };

    private string Model(OsType os) => os switch
    {
        OsType.Windows => random.Pick(["Example Systems Model 14", "Contoso Book 15", "Fabrikam Tower 7"]),
        OsType.MacOs => random.Pick(["Example Systems Air 13", "Example Systems Pro 14", "Example Desk 24"]),
        OsType.Linux => random.Pick(["Generic x86_64 Server", "Fabrikam Rack 2U"]),
        OsType.Ios => random.Pick(["Example Phone 15", "Example Tablet 11"]),
        _ => random.Pick(["Sample Phone 8", "Sample Tab S9"]),
    };

    private string Version(OsType os) => os switch
    {
        OsType.Windows => random.Pick(["10.0.19045", "10.0.22631", "10.0.26100"]),
        OsType.MacOs => random.Pick(["13.6.7", "14.5", "15.1"]),
        OsType.Linux => random.Pick(["Ubuntu 22.04", "Ubuntu 24.04", "Debian 12"]),
        OsType.Ios => random.Pick(["17.5.1", "18.1"]),
        _ => random.Pick(["14", "15"]),
    };
}
