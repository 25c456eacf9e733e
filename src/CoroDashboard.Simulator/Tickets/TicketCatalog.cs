using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Tickets;

/// <summary>
/// Which ticket types each protection module raises, which modules each summary component
/// covers, and whether a module's tickets concern a user or devices.
/// </summary>
internal static class TicketCatalog
{
    public static readonly IReadOnlyDictionary<ProtectionModule, TicketType[]> TypesByModule =
        new Dictionary<ProtectionModule, TicketType[]>
        {
            [ProtectionModule.CloudSecurity] =
            [
                TicketType.AbnormalAdminActivity, TicketType.AccessPermissionsViolation,
                TicketType.SuspectedIdentityCompromise, TicketType.ImpossibleTraveler,
                TicketType.MalwareInCloudDrive, TicketType.SuspectedBotAttacks,
                TicketType.MassDataDownload, TicketType.MassDataDeletion,
            ],
            [ProtectionModule.UserDataGovernance] =
            [
                TicketType.SuspiciousExposureOfCertificate, TicketType.SuspiciousExposureOfCriticalData,
                TicketType.SuspiciousExposureOfFileType, TicketType.SuspiciousExposureOfPassword,
                TicketType.SuspiciousExposureOfSourceCode, TicketType.CreditCardData, TicketType.HealthData,
                TicketType.NonPublicData, TicketType.PersonalData,
            ],
            [ProtectionModule.EndpointDataGovernance] =
            [
                TicketType.EndpointDriveContainingSensitiveData, TicketType.EndpointDriveWithCreditCardData,
                TicketType.EndpointDriveWithHealthData, TicketType.EndpointDriveWithNonPublicData,
                TicketType.EndpointDriveWithPersonalData,
            ],
            [ProtectionModule.EndpointSecurity] =
            [
                TicketType.AppleMobileFileIntegrityDisabled, TicketType.DevelopmentModeEnabled,
                TicketType.DevicePasswordMissing, TicketType.UacNotificationMissing,
                TicketType.MalwareOnEndpoint,
            ],
            [ProtectionModule.Edr] = [TicketType.RemoteAccessToolAttack],
            [ProtectionModule.EmailSecurity] =
            [
                TicketType.MalwareInEmailAttachment, TicketType.EmailPhishing, TicketType.BlocklistedSender,
                TicketType.CrowdBlockedSender,
            ],
        };

    /// <summary>The summary endpoints' path segments and the modules each one counts.</summary>
    public static readonly IReadOnlyDictionary<string, ProtectionModule[]> ModulesBySummary =
        new Dictionary<string, ProtectionModule[]>(StringComparer.Ordinal)
        {
            ["emails"] = [ProtectionModule.EmailSecurity],
            ["cloud-apps"] = [ProtectionModule.CloudSecurity],
            ["users"] = [ProtectionModule.UserDataGovernance],
            ["devices"] = [ProtectionModule.EndpointSecurity, ProtectionModule.Edr],
            ["data"] = [ProtectionModule.EndpointDataGovernance],
        };

    /// <summary>Modules whose tickets name affected devices rather than an affected user.</summary>
    public static bool IsDeviceModule(ProtectionModule module) =>
        module is ProtectionModule.EndpointSecurity or ProtectionModule.Edr
            or ProtectionModule.EndpointDataGovernance;

    /// <summary>The data types the data-governance tickets report as violated.</summary>
    public static readonly string[] DataTypes = ["PII", "PCI", "PHI", "NPI"];
}
