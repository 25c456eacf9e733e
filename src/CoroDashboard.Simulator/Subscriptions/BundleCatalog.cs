using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Subscriptions;

/// <summary>The modules each bundle turns on (the simulator's own reading of Coro's bundle list).</summary>
internal static class BundleCatalog
{
    private static readonly string[] Email = ["emailSecurity", "cloudSecurity"];
    private static readonly string[] Endpoint = ["endpointSecurity", "edr", "endpointDataGovernance"];
    private static readonly string[] Essentials = [.. Email, "endpointSecurity", "userDataGovernance"];
    private static readonly string[] Complete =
    [
        .. Essentials, "edr", "endpointDataGovernance", "mdm", "securityAwarenessTraining", "secureWebGateway",
    ];
    private static readonly string[] Sase = ["secureWebGateway", "network"];

    public static IReadOnlyList<string> ModulesOf(SubscriptionBundle bundle) => bundle switch
    {
        SubscriptionBundle.EmailProtection or SubscriptionBundle.ManagedEmailProtection => Email,
        SubscriptionBundle.EndpointProtection or SubscriptionBundle.ManagedEndpointProtection => Endpoint,
        SubscriptionBundle.Sase or SubscriptionBundle.ManagedSase => Sase,
        SubscriptionBundle.CoroEssentials or SubscriptionBundle.ManagedCoroEssentials
            or SubscriptionBundle.CoroClassic or SubscriptionBundle.ManagedCoroClassic => Essentials,
        _ => Complete,
    };

    /// <summary>The camelCase bundle of an upper snake bundle code (bundleInfo spells them differently).</summary>
    public static SubscriptionBundle ToBundle(BundleCode code) => Enum.Parse<SubscriptionBundle>(code.ToString());
}
