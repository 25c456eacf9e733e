using System.Globalization;

namespace CoroDashboard.Simulator;

/// <summary>
/// The simulator's own command-line switches (<c>--preset</c>, <c>--seed</c>, <c>--dataset</c>,
/// <c>--write-dataset</c>); everything else (such as <c>--urls</c>) goes to the web host.
/// </summary>
internal sealed record SimulatorCommandLine(SimulatorOptions Options, string? WriteDatasetTo, string[] HostArgs)
{
    public static SimulatorCommandLine Parse(string[] args)
    {
        var options = new SimulatorOptions();
        string? writeTo = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--preset":
                    options.Preset = Value(args, ref i);
                    break;
                case "--seed":
                    options.Seed = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--dataset":
                    options.DatasetFile = Value(args, ref i);
                    break;
                case "--write-dataset":
                    writeTo = Value(args, ref i);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return new SimulatorCommandLine(options, writeTo, [.. rest]);
    }

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
