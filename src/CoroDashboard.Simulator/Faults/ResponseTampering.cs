using System.Text.Json.Nodes;

namespace CoroDashboard.Simulator.Faults;

/// <summary>
/// Spoils successful JSON answers when asked to: cuts a body off halfway (still 200), or swaps
/// enumerated values for ones Coro might add tomorrow ("partner", "decommissioned").
/// </summary>
internal sealed class ResponseTampering(FaultState faults, SimulatorStats stats)
{
    private static readonly Dictionary<string, string> UnknownValues = new(StringComparer.Ordinal)
    {
        ["type"] = "partner",
        ["status"] = "decommissioned",
        ["osType"] = "CHROME_OS",
        ["eventTrigger"] = "quantumPhishing",
        ["moduleName"] = "dataLossPrevention",
        ["notificationsLevel"] = "owners",
        ["subtype"] = "userQuarantined",
        ["mdmEnrollmentType"] = "kiosk",
        ["vulnerabilities"] = "unpatchedBrowser",
        ["bundles"] = "coroUltimate",
        ["triggers"] = "tenantMerged.v1",
        ["action"] = "wipeDevice",
        ["values"] = "wipe",
    };

    public byte[] Apply(byte[] body)
    {
        var settings = faults.Live;
        if (settings.UnknownEnumRate > 0 && JsonNode.Parse(body) is { } root)
        {
            var swapped = Swap(root, settings.UnknownEnumRate);
            if (swapped > 0)
            {
                stats.CountFault("unknownEnum");
                body = System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
            }
        }
        if (body.Length > 1 && faults.Roll(settings.MalformedJsonRate))
        {
            stats.CountFault("malformedJson");
            return body[..(body.Length / 2)];
        }
        return body;
    }

    private int Swap(JsonNode node, double rate)
    {
        var swapped = 0;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null)
                        continue;
                    if (UnknownValues.TryGetValue(name, out var unknown))
                        swapped += SwapValue(obj, name, value, unknown, rate);
                    else
                        swapped += Swap(value, rate);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (item is not null)
                        swapped += Swap(item, rate);
                break;
        }
        return swapped;
    }

    private int SwapValue(JsonObject owner, string name, JsonNode value, string unknown, double rate)
    {
        if (value is JsonValue text && text.TryGetValue<string>(out _))
        {
            if (!faults.Roll(rate))
                return 0;
            owner[name] = unknown;
            return 1;
        }
        if (value is JsonArray array)
        {
            var swapped = 0;
            for (var i = 0; i < array.Count; i++)
                if (array[i] is JsonValue item && item.TryGetValue<string>(out _) && faults.Roll(rate))
                {
                    array[i] = unknown;
                    swapped++;
                }
            return swapped;
        }
        // An object under an enum-like name ("actor.type" lives one level down) is searched further.
        return Swap(value, rate);
    }
}
