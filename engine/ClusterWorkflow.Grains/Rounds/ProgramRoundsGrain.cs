using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>The periods of a program's rounds; a round records itself when it opens.</summary>
[GrainType("program-rounds")]
public sealed class ProgramRoundsGrain(
    [PersistentState("program-rounds", StoreNames.Main)] IPersistentState<ProgramRoundsState> state) : Grain, IProgramRoundsGrain
{
    public async Task AddAsync(string period)
    {
        if (state.State.Periods.Contains(period, StringComparer.Ordinal))
        {
            return;
        }
        state.State.Periods.Add(period);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Periods]);
}
