namespace CoroDashboard.Simulator;

/// <summary>
/// The simulated "now": it starts at the dataset's own now and moves with the time provider, so
/// generated data keeps its age however late the simulator is started, and a fake time provider
/// moves both token expiry and the simulated world.
/// </summary>
public sealed class SimulatorClock(SimulatorDataset dataset, TimeProvider time)
{
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    public TimeProvider TimeProvider => time;

    public DateTimeOffset Now => dataset.Now + (time.GetUtcNow() - _startedAt);
}
