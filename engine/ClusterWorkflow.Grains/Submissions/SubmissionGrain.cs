using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;

namespace ClusterWorkflow.Grains.Submissions;

[GrainType("submission")]
public sealed class SubmissionGrain(
    [PersistentState("submission", StoreNames.Main)] IPersistentState<SubmissionState> state) : Grain, ISubmissionGrain
{
    public Task<SubmissionInfo> GetAsync()
    {
        var key = this.GetPrimaryKeyString();
        var cut = key.LastIndexOf(RoundKey.Separator);
        var info = cut < 0
            ? new SubmissionInfo(key, "", state.State.State, state.State.Revision)
            : new SubmissionInfo(key[..cut], key[(cut + 1)..], state.State.State, state.State.Revision);
        return Task.FromResult(info);
    }
}
