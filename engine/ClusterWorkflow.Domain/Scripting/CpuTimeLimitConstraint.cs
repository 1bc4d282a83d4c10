using Jint;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Stops an evaluation once its thread has used more processor time than the limit. Reading the
/// thread clock costs a system call, so it is read every <see cref="ChecksPerRead"/> statements
/// (well under a millisecond of script).
/// </summary>
internal sealed class CpuTimeLimitConstraint(Func<TimeSpan> clock) : Constraint
{
    internal const int ChecksPerRead = 1024;

    private TimeSpan _limit = Timeout.InfiniteTimeSpan;
    private TimeSpan _started;
    private int _countdown;

    /// <summary>Starts the budget of the next evaluation; called on the evaluating thread.</summary>
    public void Begin(TimeSpan limit)
    {
        _limit = limit;
        _started = clock();
        _countdown = ChecksPerRead;
    }

    /// <summary>Lifts the limit between evaluations.</summary>
    public void End() => _limit = Timeout.InfiniteTimeSpan;

    public override void Check()
    {
        if (_limit == Timeout.InfiniteTimeSpan || --_countdown > 0)
        {
            return;
        }
        _countdown = ChecksPerRead;
        if (clock() - _started > _limit)
        {
            throw new ProcessorTimeExceededException(_limit);
        }
    }

    // Jint resets constraints at the start of every Execute/Evaluate; the budget is set by Begin instead.
    public override void Reset()
    {
    }
}
