using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

// The enums below list the values this client knows. On the wire every enumerated field is a
// WireEnum<T>, so a value missing here is kept as text rather than rejected. Member names map to
// the wire in camelCase unless a JsonStringEnumMemberName says otherwise.

public enum WorkspaceType { Regular, Channel, Child }

public enum WorkspaceStatus { Active, Archived }

public enum NotificationsLevel { None, Parent, LocalAdmins, All }

public enum ProtectionModule
{
    CloudSecurity,
    EmailSecurity,
    EndpointSecurity,
    UserDataGovernance,
    EndpointDataGovernance,
    Edr,
    Mdm,
    SecurityAwarenessTraining,
    SecureWebGateway,
    Network,
}

public enum TicketType
{
    AbnormalAdminActivity,
    AccessPermissionsViolation,
    SuspectedIdentityCompromise,
    ImpossibleTraveler,
    MalwareInCloudDrive,
    SuspectedBotAttacks,
    MassDataDownload,
    MassDataDeletion,
    SuspiciousExposureOfCertificate,
    SuspiciousExposureOfCriticalData,
    SuspiciousExposureOfFileType,
    SuspiciousExposureOfPassword,
    SuspiciousExposureOfSourceCode,
    CreditCardData,
    HealthData,
    NonPublicData,
    PersonalData,
    EndpointDriveContainingSensitiveData,
    EndpointDriveWithCreditCardData,
    EndpointDriveWithHealthData,
    EndpointDriveWithNonPublicData,
    EndpointDriveWithPersonalData,
    AppleMobileFileIntegrityDisabled,
    DevelopmentModeEnabled,
    DevicePasswordMissing,
    UacNotificationMissing,
    MalwareOnEndpoint,
    RemoteAccessToolAttack,
    MalwareInEmailAttachment,
    EmailPhishing,
    BlocklistedSender,
    CrowdBlockedSender,
}

public enum EventActionName
{
    MarkAsProcessed,
    AddToDataGovernancePermissions,
    MarkAsUnprocessed,
    SuspendFromAllCloudApps,
    SuspendFromCloudApp,
    SignInToAllCloudApps,
    SignInToCloudApp,
    ContactUser,
    ApproveFile,
    DeleteFile,
    RemoveExposingSharing,
    EncryptDrive,
    EnableAppleMobileFileIntegrity,
    DisableDeveloperMode,
    RebootDevice,
    ShutdownDevice,
    BlockProcess,
    AllowProcess,
    IsolateDevice,
    RemoveFromAuditReports,
    AddToAuditReports,
    AllowSender,
    BlockSender,
    DownloadEml,
}

public enum SupportedDeviceAction
{
    TamperProtection,
    DeviceProtection,
    MalwareScan,
    DataGovernanceScan,
    UpdateAgent,
    DriveEncryption,
    DeviceState,
}

public enum DeviceActionValue
{
    Enable,
    Disable,
    Remove,
    Start,
    Stop,
    StartFullScan,
    StartPartialScan,
    UpdateToLatest,
    Encrypt,
    Shutdown,
    Restart,
}

public enum OsType
{
    [JsonStringEnumMemberName("WINDOWS")] Windows,
    [JsonStringEnumMemberName("MAC_OS")] MacOs,
    [JsonStringEnumMemberName("LINUX")] Linux,
    [JsonStringEnumMemberName("IOS")] Ios,
    [JsonStringEnumMemberName("ANDROID")] Android,
}

public enum MdmEnrollmentType { Byod, Supervised, Maid }

public enum ProtectedUserStatus { Active, Suspended }

public enum PortalUserStatus { Invited, Active }

public enum SubscriptionBundle
{
    EndpointProtection,
    ManagedEndpointProtection,
    EmailProtection,
    ManagedEmailProtection,
    Sase,
    ManagedSase,
    CoroEssentials,
    ManagedCoroEssentials,
    CoroClassic,
    ManagedCoroClassic,
    CoroComplete,
    ManagedCoroComplete,
}

/// <summary>Bundle codes as <c>bundleInfo</c> spells them: upper snake case, unlike subscriptions.</summary>
public enum BundleCode
{
    [JsonStringEnumMemberName("ENDPOINT_PROTECTION")] EndpointProtection,
    [JsonStringEnumMemberName("MANAGED_ENDPOINT_PROTECTION")] ManagedEndpointProtection,
    [JsonStringEnumMemberName("EMAIL_PROTECTION")] EmailProtection,
    [JsonStringEnumMemberName("MANAGED_EMAIL_PROTECTION")] ManagedEmailProtection,
    [JsonStringEnumMemberName("SASE")] Sase,
    [JsonStringEnumMemberName("MANAGED_SASE")] ManagedSase,
    [JsonStringEnumMemberName("CORO_ESSENTIALS")] CoroEssentials,
    [JsonStringEnumMemberName("MANAGED_CORO_ESSENTIALS")] ManagedCoroEssentials,
    [JsonStringEnumMemberName("CORO_CLASSIC")] CoroClassic,
    [JsonStringEnumMemberName("MANAGED_CORO_CLASSIC")] ManagedCoroClassic,
    [JsonStringEnumMemberName("CORO_COMPLETE")] CoroComplete,
    [JsonStringEnumMemberName("MANAGED_CORO_COMPLETE")] ManagedCoroComplete,
}

public enum AuditLogSubtype
{
    UserProtected,
    UserUnprotected,
    AutoProtectUsers,
    UnlicenseDevice,
    LicenseDevice,
}

public enum AuditActorType { Admin, Coro, Api }

public enum WebhookTrigger
{
    [JsonStringEnumMemberName("workspaceCreated.v1")] WorkspaceCreated,
    [JsonStringEnumMemberName("workspaceStatusUpdated.v1")] WorkspaceStatusUpdated,
    [JsonStringEnumMemberName("subscriptionUpdated.v1")] SubscriptionUpdated,
    [JsonStringEnumMemberName("protectedUsersAdded.v1")] ProtectedUsersAdded,
    [JsonStringEnumMemberName("protectedUsersUpdated.v1")] ProtectedUsersUpdated,
    [JsonStringEnumMemberName("protectedUsersDeleted.v1")] ProtectedUsersDeleted,
    [JsonStringEnumMemberName("protectedDevicesUpdated.v1")] ProtectedDevicesUpdated,
    [JsonStringEnumMemberName("protectedDevicesAdded.v1")] ProtectedDevicesAdded,
    [JsonStringEnumMemberName("protectedDevicesDeleted.v1")] ProtectedDevicesDeleted,
    [JsonStringEnumMemberName("protectedDevicesCountUpdated.v1")] ProtectedDevicesCountUpdated,
}

public enum WebhookStatus { Enabled, Disabled }
