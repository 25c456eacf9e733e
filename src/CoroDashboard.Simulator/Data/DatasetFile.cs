using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator;

/// <summary>
/// Reads and writes a <see cref="SimulatorDataset"/> as JSON. The wire records inside keep Coro's
/// own spelling (<see cref="CoroJson.Options"/>: camelCase, epoch milliseconds), so a dataset file
/// reads like the answers the simulator gives.
/// </summary>
public static class DatasetFile
{
    private static readonly JsonSerializerOptions Options = new(CoroJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CoroJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        WriteIndented = false,
    };

    public static async Task WriteAsync(SimulatorDataset dataset, string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, dataset, Options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<SimulatorDataset> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        var dataset = await JsonSerializer.DeserializeAsync<SimulatorDataset>(file, Options, cancellationToken)
            .ConfigureAwait(false);
        return dataset is { Workspaces.Count: > 0 }
            ? dataset
            : throw new InvalidDataException($"{path} holds no simulator dataset (no workspaces).");
    }

    public static string Serialize(SimulatorDataset dataset) => JsonSerializer.Serialize(dataset, Options);

    public static SimulatorDataset Deserialize(string json) =>
        JsonSerializer.Deserialize<SimulatorDataset>(json, Options)
        ?? throw new InvalidDataException("The JSON holds no simulator dataset.");
}
