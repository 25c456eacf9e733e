using System.Globalization;

namespace CoroDashboard.Benchmarks;

/// <summary>The benchmark's command-line switches; every one has a default that meets the brief.</summary>
internal sealed record BenchmarkOptions
{
    /// <summary>Latency the simulator adds to every call, as Coro's network would.</summary>
    public int LatencyMs { get; init; } = 50;

    /// <summary>How many workspaces the gateway fetches at once in views over many.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The numbers of concurrent callers of the token workload.</summary>
    public IReadOnlyList<int> Callers { get; init; } = [50, 200];

    /// <summary>Lifetime of the simulator's tokens in the token workload, so expiry comes quickly.</summary>
    public int TokenLifetimeSeconds { get; init; } = 8;

    /// <summary>How many units (callers, workspaces) the naive path measures before extrapolating.</summary>
    public int NaiveSample { get; init; } = 25;

    /// <summary>The preset of the views over many workspaces ("large": 1,000 workspaces).</summary>
    public string ManyPreset { get; init; } = "large";

    public string? JsonPath { get; init; }

    /// <summary>The workloads to run (tokens, grid, hierarchy, list); all when empty.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    public static readonly string[] Workloads = ["tokens", "grid", "hierarchy", "list"];

    public bool Runs(string workload) => Only.Count == 0 || Only.Contains(workload);

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--latency-ms" => options with { LatencyMs = Number(args, ref i) },
                "--concurrency" => options with { Concurrency = Number(args, ref i) },
                "--callers" => options with { Callers = Numbers(Value(args, ref i)) },
                "--token-lifetime-s" => options with { TokenLifetimeSeconds = Number(args, ref i) },
                "--naive-sample" => options with { NaiveSample = Number(args, ref i) },
                "--preset" => options with { ManyPreset = Value(args, ref i) },
                "--json" => options with { JsonPath = Value(args, ref i) },
                "--only" => options with { Only = Names(Value(args, ref i)) },
                "--quick" => options with { Callers = [50], NaiveSample = 5, ManyPreset = "demo" },
                "--help" or "-h" => throw new UsageException(),
                _ => throw new UsageException($"Unknown option '{args[i]}'."),
            };
        }
        return options;
    }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/CoroDashboard.Benchmarks -- [options]
          --json PATH            also write the figures as JSON to PATH
          --latency-ms N         simulated latency per Coro call (default 50)
          --concurrency N        gateway fan-out concurrency (default 8)
          --callers N,N          concurrent callers of the token workload (default 50,200)
          --token-lifetime-s N   token lifetime in the token workload (default 8)
          --naive-sample N       units the naive path measures before extrapolating (default 25)
          --preset NAME          dataset of the many-workspace views (default large)
          --only NAME,NAME       run only these workloads: tokens, grid, hierarchy, list
          --quick                a smoke run: 50 callers, demo preset, naive sample 5
        """;

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new UsageException($"{args[i - 1]} needs a value.");

    private static int Number(string[] args, ref int i) =>
        int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number > 0
            ? number
            : throw new UsageException($"{args[i - 1]} needs a positive whole number.");

    private static HashSet<string> Names(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant()).ToHashSet();
        return names.All(Workloads.Contains)
            ? names
            : throw new UsageException($"--only takes {string.Join(", ", Workloads)}.");
    }

    private static int[] Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => int.TryParse(part, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new UsageException("--callers needs positive whole numbers, e.g. 50,200."))];
}

/// <summary>The command line could not be read; the message (if any) says why.</summary>
internal sealed class UsageException(string? problem = null) : Exception(problem ?? "")
{
    public string? Problem { get; } = problem;
}
